package com.atlassian.scheduler;

/**
 * The scheduler's request to run a job (its configuration, intended start time...). The apps read nothing from it,
 * so no member is declared.
 *
 * <p>Checked against (the type and its role):
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html
 * ("JobRunnerRequest: Represents a request to run a job, providing information such as the job's configuration and
 * intended start time") and the parameter of {@code JobRunner.runJob} on
 * https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html">package com.atlassian.scheduler</a>
 */
public interface JobRunnerRequest {
}
