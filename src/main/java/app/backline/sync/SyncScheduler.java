package app.backline.sync;

import app.backline.domain.SyncMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job per account: a timer holds each account's next due time, a fixed pool runs the sync jobs. At
 * most one run per account at a time (single flight); every task catches and logs what it throws, so one
 * account's failure never stops the others or the timer.
 */
final class SyncScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    /** Runs one account's sync; returns when it is due next, {@code null} for not again by itself. */
    @FunctionalInterface
    interface Job {
        Instant run(long accountId, SyncMode mode);
    }

    private final Clock clock;
    private final Job job;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final Map<Long, ScheduledFuture<?>> due = new ConcurrentHashMap<>();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    SyncScheduler(int poolSize, Clock clock, Job job) {
        this.clock = clock;
        this.job = job;
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, threads("backline-sync-timer"));
        t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        t.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
        this.workers = Executors.newFixedThreadPool(poolSize, threads("backline-sync"));
    }

    /** The timer thread, for the engine's own periodic checks. */
    ScheduledExecutorService timer() {
        return timer;
    }

    /** Runs {@code task} on the timer thread, catching what it throws. */
    void onTimer(Runnable task) {
        if (!closed) {
            timer.execute(catching("timer task", task));
        }
    }

    /** Runs {@code task} on the timer thread every {@code period}, catching what it throws. */
    void every(Duration period, Runnable task) {
        long ms = Math.max(1, period.toMillis());
        timer.scheduleWithFixedDelay(catching("periodic task", task), ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Replaces the account's due time. */
    void at(long accountId, Instant when, SyncMode mode) {
        if (closed) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
        // Atomic per account: a due time set by a finishing run and one set by a rescan never cancel the wrong one.
        try {
            due.compute(accountId, (id, old) -> {
                if (old != null) {
                    old.cancel(false);
                }
                return timer.schedule(catching("schedule", () -> submit(id, mode)), delay, TimeUnit.MILLISECONDS);
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("Not scheduling account {}: the engine is stopping", accountId);
        }
    }

    void cancel(long accountId) {
        ScheduledFuture<?> old = due.remove(accountId);
        if (old != null) {
            old.cancel(false);
        }
    }

    boolean scheduled(long accountId) {
        ScheduledFuture<?> f = due.get(accountId);
        return f != null && !f.isDone();
    }

    /** Starts a run now unless the account is already running; returns whether it started. */
    boolean submit(long accountId, SyncMode mode) {
        if (closed || !inFlight.add(accountId)) {
            return false;
        }
        workers.execute(() -> {
            Instant next = null;
            try {
                next = job.run(accountId, mode);
            } catch (Throwable t) {
                LOG.error("The sync job of account {} failed", accountId, t);
            } finally {
                inFlight.remove(accountId);
            }
            if (next != null) {
                at(accountId, next, SyncMode.POLL);
            }
        });
        return true;
    }

    /**
     * Stops scheduling, lets running jobs end, waits at most {@code wait}; returns whether all ended. Threads
     * are never interrupted: an interrupt inside H2's file I/O closes the store.
     */
    boolean shutdown(Duration wait) {
        closed = true;
        timer.shutdown();
        workers.shutdown();
        try {
            return workers.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Runnable catching(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable t) {
                LOG.error("Sync {} failed", what, t);
            }
        };
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
