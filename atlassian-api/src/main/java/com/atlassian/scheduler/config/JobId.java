package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * A wrapper to tell job ids from plain strings (and from job runner keys); a value object.
 *
 * <p>Checked against (the type):
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html
 * ("JobId: A wrapper to distinguish job IDs from simple strings...") and its use as the id of
 * {@code SchedulerService.scheduleJob} on
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/SchedulerService.html .
 * The class page itself is not among the docs.atlassian.com pages available here; {@code of(String)} and
 * {@code toString()} as the id's string form are from Atlassian's own published javadoc of atlassian-scheduler-caesium
 * 3.0.2 ({@code ClusteredJob}: "Use JobId.of(String) and JobId.toString() to convert to and from storage"), mirrored
 * at maven-eu.nuxeo.org. {@code compareTo} is not called, so not declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html">package com.atlassian.scheduler.config</a>
 */
public final class JobId implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /** Wraps the given string as a job id. */
    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((JobId) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return the id as a string */
    @Override
    public String toString() {
        return id;
    }
}
