package com.atlassian.scheduler;

/**
 * The result of {@link JobRunner#runJob}: made only through its static factories. The scheduler records the outcome
 * and the message (truncated to 255 characters) in the job's run history.
 *
 * <p>Checked against:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html
 * (static {@code success(String message)}, {@code failed(String message)}; {@code success()},
 * {@code failed(Throwable)} and {@code aborted(String)} exist but are not called, so not declared). No accessor is
 * declared: none is on the pages available here. The message limit: RunDetails.MAXIMUM_MESSAGE_LENGTH on
 * https://docs.atlassian.com/atlassian-scheduler/1.2/apidocs/com/atlassian/scheduler/status/RunDetails.html
 *
 * <p>This compile-only stand-in keeps nothing; the private constructor is not API (the real class is built through
 * the factories only).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html">Uses of JobRunnerResponse</a>
 */
public class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    /** A successful response with the given message. */
    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse();
    }

    /** A response saying the run failed, with the given message. */
    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse();
    }
}
