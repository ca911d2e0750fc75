package org.eqms.e2e.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code users} simulated users on a fixed pool of as many threads, one user per thread, until {@link #stop()}. The
 * mix per ten users: four readers (erin, frank), two authors (alice, and dave who as document controller also
 * makes approved documents effective), two approvers (bob, carol), a risk
 * engineer and a developer in INF (alice, bob, carol, dave).
 */
final class LoadRun {
    private static final String[] ROLES = {"reader", "author", "reader", "jira", "approver", "reader", "author",
            "issues", "reader", "approver"};
    private static final String[] READERS = {"erin", "erin", "frank"};
    private static final String[] AUTHORS = {"alice", "dave"};
    private static final String[] APPROVERS = {"bob", "carol"};
    private static final String[] JIRA = {"alice", "bob", "carol", "dave"};
    private static final String[] DEVELOPERS = {"dave", "carol", "bob", "alice"};

    static final long RAMP_UP_MILLIS = 10_000;

    private final ExecutorService pool;
    private final List<SimulatedUser> users = new ArrayList<>();
    private volatile boolean running = true;

    private LoadRun(LoadContext context, int count) {
        pool = Executors.newFixedThreadPool(count);
        int[] perRole = new int[5];
        for (int i = 0; i < count; i++) {
            SimulatedUser user = switch (ROLES[i % ROLES.length]) {
                case "reader" -> new Reader(context, READERS[perRole[0]++ % READERS.length]);
                case "author" -> {
                    String author = AUTHORS[perRole[1]++ % AUTHORS.length];
                    yield new Author(context, author, "dave".equals(author));
                }
                case "approver" -> new Approver(context, APPROVERS[perRole[2]++ % APPROVERS.length]);
                case "issues" -> new IssueEditor(context, DEVELOPERS[perRole[4]++ % DEVELOPERS.length]);
                default -> new JiraWriter(context, JIRA[perRole[3]++ % JIRA.length]);
            };
            users.add(user.runningWhile(() -> running));
        }
    }

    /**
     * Starts {@code users} simulated users, arriving evenly over {@link #RAMP_UP_MILLIS}: people do not all log in in
     * the same millisecond, and each login hashes a password with PBKDF2 (210,000 iterations) on purpose.
     */
    static LoadRun start(LoadContext context, int users) {
        LoadRun run = new LoadRun(context, users);
        for (int i = 0; i < users; i++) {
            SimulatedUser user = run.users.get(i);
            long arrival = RAMP_UP_MILLIS * i / users;
            run.pool.execute(() -> {
                SimulatedUser.pause(arrival);
                user.run();
            });
        }
        return run;
    }

    /** Lets every user finish the action under way (at most a request timeout) and stops the pool. */
    void stop() {
        running = false;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
