package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * The configuration a job is scheduled with: its runner key, schedule and run mode; immutable, each {@code with...}
 * returns a copy.
 *
 * <p>Checked against:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
 * ({@code @Immutable public final class JobConfig}; {@code static JobConfig forJobRunnerKey(JobRunnerKey)},
 * {@code JobConfig withSchedule(Schedule)}, {@code JobConfig withRunMode(RunMode)}, {@code getJobRunnerKey()},
 * {@code getRunMode()}, {@code getSchedule()}, {@code equals}). {@code withParameters}/{@code getParameters} exist
 * but are not called, so not declared. The real class's defaults (run mode, schedule) are not modelled by this
 * compile-only stand-in: the apps always set both. Its private constructor is not API.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html">JobConfig</a>
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final Schedule schedule;
    private final RunMode runMode;

    private JobConfig(JobRunnerKey jobRunnerKey, Schedule schedule, RunMode runMode) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.schedule = schedule;
        this.runMode = runMode;
    }

    /** A new job configuration for the given job runner key. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, null, null);
    }

    /** A copy of this configuration with the given schedule. */
    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, schedule, runMode);
    }

    /** A copy of this configuration with the given run mode. */
    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, schedule, runMode);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JobConfig)) {
            return false;
        }
        JobConfig other = (JobConfig) o;
        return jobRunnerKey.equals(other.jobRunnerKey) && Objects.equals(schedule, other.schedule)
                && runMode == other.runMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, schedule, runMode);
    }
}
