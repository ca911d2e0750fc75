package com.atlassian.scheduler;

/**
 * Invoked by the {@link SchedulerService} when a scheduled job is due. The runner is expected to do its own error
 * handling: catch exceptions and report them with {@link JobRunnerResponse#failed(String)}; a {@code null} response
 * counts as success.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html
 * and https://docs.atlassian.com/atlassian-scheduler-api/1.2/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html
 * ({@code @Nullable JobRunnerResponse runJob(JobRunnerRequest request)}; "Plugins should register the JobRunner
 * implementation at startup/plugin enabled, and unregister the JobRunner when the plugin is disabled").
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html">JobRunner</a>
 */
public interface JobRunner {

    /** Runs the job; may return {@code null}, which the scheduler treats as a success without a message. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
