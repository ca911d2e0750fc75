package org.eqms.e2e.reliability;

import org.eqms.e2e.support.Rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A developer in Jira project INF (alice, bob, carol or dave): files software requirements, adds tests linked to
 * them as their verification, rewords their requirements (which the Jira app's trace listener follows: the links
 * become suspect), reads their issues, the project's issue list and the suspect part of the trace matrix.
 */
final class IssueEditor extends SimulatedUser {
    static final String ISSUES = "/rest/sandbox-jira/1.0";
    private static final AtomicInteger EDITORS = new AtomicInteger();
    private static final Set<Integer> OK = Set.of(200);
    private static final Set<Integer> CREATED = Set.of(201);

    private final int number = EDITORS.incrementAndGet();
    private final List<String> requirements = new ArrayList<>();
    private int serial;

    IssueEditor(LoadContext context, String user) {
        super(context, user);
    }

    @Override
    protected void act() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int choice = random.nextInt(100);
        if (choice < 20 || requirements.isEmpty()) {
            String key = create("Software requirement", "Load requirement " + number + "." + ++serial);
            if (key != null) {
                requirements.add(key);
            }
        } else if (choice < 35) {
            String requirement = requirements.get(random.nextInt(requirements.size()));
            String test = create("Test", "Load test " + number + "." + ++serial + " of " + requirement);
            if (test != null) {
                SessionClient.Answer linked = session.post("issues.link", ISSUES + "/links",
                        Rest.object("type", "Verification", "from", requirement, "to", test), CREATED);
                if (linked.is(201)) {
                    context.writes().issueLink(linked.json().path("id").asLong(), requirement, test);
                }
            }
        } else if (choice < 55) {
            reword(requirements.get(random.nextInt(requirements.size())));
        } else if (choice < 75) {
            session.get("issues.get", ISSUES + "/issues/" + requirements.get(random.nextInt(requirements.size())), OK);
        } else if (choice < 90) {
            session.get("issues.list", ISSUES + "/projects/INF/issues", OK);
        } else {
            session.get("trace.matrix", LoadContext.PROJECT + "/matrix?limit=100&suspectOnly=true", OK);
        }
    }

    private String create(String type, String summary) {
        SessionClient.Answer answer = session.post("issues.create", ISSUES + "/issues", Rest.object("project", "INF",
                "type", type, "summary", summary, "description", "Written by the reliability suite as " + user),
                CREATED);
        if (!answer.is(201)) {
            return null;
        }
        String key = answer.json().path("key").asText();
        context.writes().issueSending(key, summary);
        context.writes().issueSaved(key, summary);
        return key;
    }

    private void reword(String key) {
        String summary = "Load requirement " + number + "." + ++serial + " (reworded)";
        context.writes().issueSending(key, summary);
        if (session.put("issues.edit", ISSUES + "/issues/" + key, Rest.object("summary", summary), OK).is(200)) {
            context.writes().issueSaved(key, summary);
        }
    }
}
