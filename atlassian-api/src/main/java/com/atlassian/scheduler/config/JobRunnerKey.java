package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * A wrapper to tell job runner keys from plain strings (and from job ids); a value object.
 *
 * <p>Checked against (the type):
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * and its use as the key of {@code SchedulerService.registerJobRunner} on
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/SchedulerService.html .
 * The class page itself is not among the docs.atlassian.com pages available here; {@code of(String)} and
 * {@code toString()} as the key's string form are from Atlassian's own published javadoc of atlassian-scheduler-caesium
 * 3.0.2 ({@code ClusteredJob}: "Use JobRunnerKey.of(String) and JobRunnerKey.toString() to convert to and from
 * storage"), mirrored at maven-eu.nuxeo.org, and agree with the released class (final, {@code Serializable},
 * {@code Comparable}, value {@code equals}/{@code hashCode}). {@code compareTo} is not called, so not declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html">package com.atlassian.scheduler.config</a>
 */
public final class JobRunnerKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Wraps the given string as a job runner key. */
    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((JobRunnerKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** @return the key as a string */
    @Override
    public String toString() {
        return key;
    }
}
