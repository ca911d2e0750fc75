package org.eqms.e2e.reliability;

import org.eqms.e2e.support.Rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A risk engineer in project INF (alice, bob, carol or dave may edit it): adds hazards, renames their own, reads the
 * hazards, the trace matrix, the gaps and the risk summary.
 */
final class JiraWriter extends SimulatedUser {
    private static final AtomicInteger WRITERS = new AtomicInteger();
    private static final Set<Integer> OK = Set.of(200);
    private static final String[] CATEGORIES = {"ENERGY", "BIOLOGICAL_AND_CHEMICAL", "OPERATIONAL", "INFORMATION"};

    private final String prefix = "LOAD-" + WRITERS.incrementAndGet() + "-";
    private final List<String> mine = new ArrayList<>();
    private int renames;

    JiraWriter(LoadContext context, String user) {
        super(context, user);
    }

    @Override
    protected void act() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int choice = random.nextInt(100);
        if (choice < 30 || choice < 50 && mine.isEmpty()) {
            save(prefix + (mine.size() + 1), true);
        } else if (choice < 50) {
            save(mine.get(random.nextInt(mine.size())), false);
        } else if (choice < 70) {
            session.get("risk.hazards", LoadContext.PROJECT + "/analysis/hazards?limit=100", OK);
        } else if (choice < 85) {
            session.get("trace.matrix", LoadContext.PROJECT + "/matrix?limit=100", OK);
        } else if (choice < 93) {
            session.get("trace.gaps", LoadContext.PROJECT + "/gaps", OK);
        } else {
            session.get("risk.summary", LoadContext.PROJECT + "/risks/summary", OK);
        }
    }

    private void save(String id, boolean isNew) {
        String name = (isNew ? "Load hazard " : "Renamed load hazard " + ++renames + " ") + id;
        context.writes().hazardSending(id, name);
        SessionClient.Answer answer = session.put(isNew ? "risk.hazard.create" : "risk.hazard.rename",
                LoadContext.PROJECT + "/analysis/hazards/" + id, Rest.object("category",
                        CATEGORIES[ThreadLocalRandom.current().nextInt(CATEGORIES.length)], "name", name,
                        "description", "Written by the reliability suite as " + user), OK);
        if (answer.is(200)) {
            context.writes().hazardSaved(id, name);
            if (isNew) {
                mine.add(id);
            }
        }
    }
}
