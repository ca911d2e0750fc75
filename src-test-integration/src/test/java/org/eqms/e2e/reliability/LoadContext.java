package org.eqms.e2e.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * What the simulated users of a run share: where the sandbox is, the statistics, the acknowledged writes, the review
 * queue, the demo passwords, the think time, and the QMS page ids seen so far (what readers open).
 */
final class LoadContext {
    static final String PAGES = "/rest/sandbox/1.0";
    static final String DOCUMENTS = "/rest/eqms/1.0/documents";
    static final String CONFLUENCE = "/rest/eqms/1.0";
    static final String JIRA = "/rest/eqms-risk/1.0";
    static final String PROJECT = JIRA + "/projects/INF";

    private final String origin;
    private volatile LoadStats stats;
    private final AcknowledgedWrites writes;
    private final ReviewQueue reviews;
    private final Function<String, String> passwords;
    private final int thinkMillis;
    private final List<Long> pageIds = new ArrayList<>();
    private final java.util.Set<Long> knownPages = new java.util.HashSet<>();

    LoadContext(String origin, LoadStats stats, AcknowledgedWrites writes, ReviewQueue reviews,
                Function<String, String> passwords, int thinkMillis) {
        this.origin = origin;
        this.stats = stats;
        this.writes = writes;
        this.reviews = reviews;
        this.passwords = passwords;
        this.thinkMillis = thinkMillis;
    }

    SessionClient newSession() {
        return new SessionClient(origin, this::stats);
    }

    /** From now on, requests are counted in {@code next} (e.g. the kill phase after the measured load). */
    void countInto(LoadStats next) {
        stats = next;
    }

    String password(String user) {
        return passwords.apply(user);
    }

    AcknowledgedWrites writes() {
        return writes;
    }

    ReviewQueue reviews() {
        return reviews;
    }

    LoadStats stats() {
        return stats;
    }

    /** A pause between two actions of one user: uniform in [think/2, 3·think/2]. */
    long thinkMillis() {
        return thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1L);
    }

    synchronized void sawPages(Map<Long, String> seen) {
        if (pageIds.size() < 10_000) {
            seen.keySet().stream().filter(knownPages::add).forEach(pageIds::add);
        }
    }

    /** A QMS page some reader has listed (one of the newest 200 mostly), or -1 before any list was read. */
    synchronized long somePage() {
        if (pageIds.isEmpty()) {
            return -1;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int from = random.nextInt(4) == 0 ? 0 : Math.max(0, pageIds.size() - 200);
        return pageIds.get(from + random.nextInt(pageIds.size() - from));
    }
}
