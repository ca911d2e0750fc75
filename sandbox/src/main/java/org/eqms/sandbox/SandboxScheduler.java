package org.eqms.sandbox;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * atlassian-scheduler's {@link SchedulerService} for the sandbox: one JVM, so "once per cluster" is simply once. Every
 * scheduled job runs every {@link #interval()} on one background thread, whatever interval its schedule asks for: the
 * declared {@code Schedule} exposes no accessor, and a demo wants a scheduled effective date or a review reminder to
 * show within a minute, not an hour. A job whose runner is not registered (yet, or any more) is skipped, as the product
 * does. A manual scheduler ({@link #manual()}) never fires on its own: tests run its jobs with {@link #runAll()}.
 */
public final class SandboxScheduler implements SchedulerService, AutoCloseable {
    /** How often the sandbox runs each scheduled job. */
    public static final Duration SANDBOX_INTERVAL = Duration.ofMinutes(1);

    private static final System.Logger LOG = System.getLogger(SandboxScheduler.class.getName());
    private static final JobRunnerRequest REQUEST = new JobRunnerRequest() {
    };

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> firings = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Duration interval;

    private SandboxScheduler(ScheduledExecutorService timer, Duration interval) {
        this.timer = timer;
        this.interval = interval;
    }

    /** Runs each scheduled job every {@code interval}, first one interval after it is scheduled. */
    public static SandboxScheduler every(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("the job interval must be positive, not " + interval);
        }
        return new SandboxScheduler(Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eqms-sandbox-jobs");
            thread.setDaemon(true);
            return thread;
        }), interval);
    }

    /** Keeps the jobs but never runs them by itself. */
    public static SandboxScheduler manual() {
        return new SandboxScheduler(null, null);
    }

    /** The time between two runs of a job, or null for a manual scheduler. */
    public Duration interval() {
        return interval;
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), Objects.requireNonNull(jobRunner, "jobRunner"));
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        Objects.requireNonNull(jobId, "jobId");
        jobs.put(jobId, Objects.requireNonNull(jobConfig, "jobConfig"));
        if (timer != null) {
            long millis = interval.toMillis();
            ScheduledFuture<?> previous = firings.put(jobId,
                    timer.scheduleWithFixedDelay(() -> run(jobId), millis, millis, TimeUnit.MILLISECONDS));
            if (previous != null) {
                previous.cancel(false);
            }
        }
    }

    /** The ids of the scheduled jobs. */
    public List<JobId> scheduledJobs() {
        return List.copyOf(jobs.keySet());
    }

    /** Runs every scheduled job whose runner is registered, now, on the caller's thread; returns how many ran. */
    public int runAll() {
        int ran = 0;
        for (JobId id : jobs.keySet()) {
            ran += run(id) ? 1 : 0;
        }
        return ran;
    }

    private boolean run(JobId id) {
        JobConfig config = jobs.get(id);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return false;
        }
        try {
            runner.runJob(REQUEST);
        } catch (RuntimeException e) {
            // The product's scheduler records a throwing runner as failed and fires again; so does the sandbox.
            LOG.log(Level.WARNING, "scheduled job " + id + " failed", e);
        }
        return true;
    }

    /** Stops firing; waits briefly for a running job so it does not outlive the database. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "a scheduled job did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
