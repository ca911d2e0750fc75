package org.eqms.confluence.wiring;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import javax.inject.Inject;
import javax.inject.Named;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.eqms.confluence.rest.AppServices;
import org.eqms.confluence.rest.DocumentServices;

/**
 * The app's periodic jobs on Confluence's atlassian-scheduler: periodic-review reminders (reviews due within
 * {@link #REMINDER_WINDOW} and overdue ones) and scheduled effective dates, each every {@link #INTERVAL}, on one node of
 * the cluster per firing ({@link RunMode#RUN_ONCE_PER_CLUSTER}). Both jobs are idempotent and safe on any node, so a
 * firing that runs twice (the scheduler's documented race) or late changes nothing it should not. System administrators
 * can also run them at once over REST ({@code /rest/eqms/1.0/jobs/...}).
 *
 * <p>Lifecycle, as atlassian-scheduler asks of plugins: the job runners are registered and the jobs scheduled when the
 * component is built (plugin enabled), and the runners are unregistered in {@link #close()}, which Spring calls when
 * the plugin is disabled or uninstalled (a bean implementing {@link AutoCloseable} gets {@code close()} as its destroy
 * method). The jobs themselves are left scheduled: a {@code RUN_ONCE_PER_CLUSTER} schedule is shared by the cluster, and
 * one node disabling the plugin must not stop the jobs for the others; while no runner is registered, a firing simply
 * does not run. Each node's start re-schedules the jobs under the same ids (replacing, never duplicating), first firing
 * {@link #FIRST_RUN_DELAY} later, as the scheduler's javadoc advises against the start-up race.
 *
 * <p>A run never throws to the scheduler: the work's exceptions (including a graph that cannot be built yet, e.g.
 * Active Objects not ready) are caught, logged and answered {@link JobRunnerResponse#failed(String)}; the next firing
 * tries again. Only VM errors such as {@link OutOfMemoryError} pass through.
 *
 * <p>The app's services are asked for at each run ({@link AppServices}, in the plugin the lazily built
 * {@link ConfluenceApp}), never when the component is built.
 */
@Named
public class ConfluenceJobs implements AutoCloseable {
    private static final Logger LOG = System.getLogger("org.eqms.confluence.jobs");
    private static final String PREFIX = "org.eqms.confluence-eqms-plugin:";

    /** How far ahead reviews are announced as due soon. */
    public static final Period REMINDER_WINDOW = Period.ofDays(30);
    /** Time between two firings of each job. */
    public static final Duration INTERVAL = Duration.ofHours(1);
    /** Delay of the first firing after the plugin starts on a node. */
    public static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    /** The periodic-review reminder job (runner key and job id). */
    public static final JobRunnerKey REVIEW_REMINDERS = JobRunnerKey.of(PREFIX + "review-reminders");
    /** The scheduled-effective-dates job (runner key and job id). */
    public static final JobRunnerKey EFFECTIVE_DATES = JobRunnerKey.of(PREFIX + "scheduled-effective-dates");

    private final SchedulerService scheduler;
    private final List<Job> jobs;

    @Inject
    public ConfluenceJobs(@ComponentImport SchedulerService scheduler, AppServices app) {
        this(scheduler, app, Clock.systemUTC());
    }

    /** For tests: a given clock (the first firing is {@link #FIRST_RUN_DELAY} after its current instant). */
    ConfluenceJobs(SchedulerService scheduler, AppServices app, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(app, "app");
        this.jobs = List.of(
                new Job(REVIEW_REMINDERS, "review reminders", "announced", app,
                        services -> services.reminders().run(REMINDER_WINDOW)),
                new Job(EFFECTIVE_DATES, "scheduled effective dates", "made effective", app,
                        services -> services.effectiveDates().run()));
        Date firstRun = Date.from(Objects.requireNonNull(clock, "clock").instant().plus(FIRST_RUN_DELAY));
        for (Job job : jobs) {
            scheduler.registerJobRunner(job.key(), job);
            schedule(job, firstRun);
        }
    }

    /** The job id a runner key's job is scheduled under (the same string). */
    public static JobId jobId(JobRunnerKey key) {
        return JobId.of(key.toString());
    }

    /** The configuration each job is scheduled with. */
    static JobConfig config(JobRunnerKey key, Date firstRun) {
        return JobConfig.forJobRunnerKey(key)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), firstRun))
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    /** Unregisters the job runners (Spring calls it when the plugin stops); the cluster's schedules stay. */
    @Override
    public void close() {
        for (Job job : jobs) {
            try {
                scheduler.unregisterJobRunner(job.key());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "eQMS job runner " + job.key() + " could not be unregistered", e);
            }
        }
    }

    /** The registered runners, for tests. */
    List<Job> jobs() {
        return jobs;
    }

    private void schedule(Job job, Date firstRun) {
        try {
            scheduler.scheduleJob(jobId(job.key()), config(job.key(), firstRun));
        } catch (SchedulerServiceException | RuntimeException e) {
            // The plugin still starts: the job can be run over REST, and the next start schedules it again.
            LOG.log(Level.ERROR, "eQMS job " + job.key() + " could not be scheduled; run it over REST until the"
                    + " plugin is restarted", e);
        }
    }

    /** What one run came to: whether it succeeded, and the message reported to the scheduler. */
    record Outcome(boolean succeeded, String message) {
    }

    /** One job's runner: asks the app for its services at each run and reports, never throws. */
    static final class Job implements JobRunner {
        private final JobRunnerKey key;
        private final String name;
        private final String countLabel;
        private final AppServices app;
        private final ToIntFunction<DocumentServices> work;

        Job(JobRunnerKey key, String name, String countLabel, AppServices app, ToIntFunction<DocumentServices> work) {
            this.key = key;
            this.name = name;
            this.countLabel = countLabel;
            this.app = app;
            this.work = work;
        }

        JobRunnerKey key() {
            return key;
        }

        @Override
        public JobRunnerResponse runJob(JobRunnerRequest request) {
            Outcome outcome = attempt();
            return outcome.succeeded()
                    ? JobRunnerResponse.success(outcome.message())
                    : JobRunnerResponse.failed(outcome.message());
        }

        /** Runs the work once; every exception becomes a failed outcome. */
        Outcome attempt() {
            try {
                int count = work.applyAsInt(app.documents());
                String message = "eQMS " + name + ": " + count + " " + countLabel;
                LOG.log(count > 0 ? Level.INFO : Level.DEBUG, message);
                return new Outcome(true, message);
            } catch (Exception | LinkageError e) {
                LOG.log(Level.ERROR, "eQMS " + name + " failed; the next run tries again", e);
                return new Outcome(false, "eQMS " + name + " failed: " + e);
            }
        }
    }
}
