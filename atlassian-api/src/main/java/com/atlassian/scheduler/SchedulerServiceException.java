package com.atlassian.scheduler;

/**
 * The checked exception of {@link SchedulerService}, thrown by {@code scheduleJob} when a job cannot be scheduled
 * (its unchecked sibling is {@code SchedulerRuntimeException}, which the apps catch as a {@link RuntimeException}).
 *
 * <p>Checked against:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html
 * (thrown by {@code SchedulerService.scheduleJob(JobId, JobConfig)}),
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-tree.html
 * (a {@code java.lang.Exception}) and
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerRuntimeException.html
 * (the unchecked one, "See Also: SchedulerServiceException"). Its constructors are not on the pages available here,
 * so none is declared: the private one below is not API, and the apps only catch this exception (tests make one with
 * Mockito's {@code doThrow(Class)}).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html">Uses of SchedulerServiceException</a>
 */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    private SchedulerServiceException() {
    }
}
