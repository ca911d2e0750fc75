package com.atlassian.scheduler.config;

/**
 * How the scheduler runs a job in a cluster. {@code RUN_ONCE_PER_CLUSTER}: on one node each time it triggers, and the
 * schedule persists across restarts (the runner must still be registered on each start); a short initial delay avoids
 * the documented race where two nodes could run the same firing. {@code RUN_LOCALLY}: on this node only, not persisted.
 *
 * <p>Checked against:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
 * (enum constants {@code RUN_LOCALLY}, {@code RUN_ONCE_PER_CLUSTER}); the race note is on Atlassian's published
 * atlassian-scheduler-api 3.0.0 javadoc of {@code RunMode} (mirrored at repository.liferay.com).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html">RunMode</a>
 */
public enum RunMode {
    /** On one node of the cluster each time the job triggers; the schedule persists across restarts. */
    RUN_ONCE_PER_CLUSTER,
    /** On this node only; not persisted. */
    RUN_LOCALLY
}
