package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * When a job runs; made through factories only. The apps use an interval schedule.
 *
 * <p>Checked against:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
 * ({@code @Immutable public final class Schedule}; {@code static Schedule forInterval(long intervalInMillis, Date
 * firstRunTime)}: "Creates a new schedule that will run periodically with the given interval"; {@code equals}).
 * The accessors ({@code getType()}, {@code getIntervalScheduleInfo()}) and the cron factories exist but are not
 * called, so not declared. This compile-only stand-in keeps the two values for {@code equals}; its private constructor
 * is not API.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html">Schedule</a>
 */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    /**
     * A schedule that runs periodically.
     *
     * @param intervalInMillis the time between runs, in milliseconds
     * @param firstRunTime     when the job runs first
     */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Schedule)) {
            return false;
        }
        Schedule other = (Schedule) o;
        return intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalInMillis, firstRunTime);
    }
}
