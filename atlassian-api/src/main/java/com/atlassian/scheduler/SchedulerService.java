package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * atlassian-scheduler's service for plugins: job runners are registered under a key, and jobs are scheduled for a
 * runner key with a schedule and a run mode. Plugins register their runners when enabled and unregister them when
 * disabled; a job scheduled {@code RUN_ONCE_PER_CLUSTER} persists across restarts.
 *
 * <p>Checked against:
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/SchedulerService.html and
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * (method summary: {@code registerJobRunner(JobRunnerKey, JobRunner)}, {@code unregisterJobRunner(JobRunnerKey)},
 * {@code scheduleJob(JobId, JobConfig)}); that {@code scheduleJob} throws {@link SchedulerServiceException}:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html
 * . Only the members the apps call are declared ({@code unscheduleJob}, {@code scheduleJobWithGeneratedId},
 * {@code getJobDetails}... exist but are not called).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/SchedulerService.html">SchedulerService</a>
 */
public interface SchedulerService {

    /** Registers the job runner for the given key (replacing one registered before under the same key). */
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    /** Unregisters the runner registered under the given key. */
    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Schedules (or re-schedules, replacing the existing schedule of) the job with the given id. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
