package app.backline.backup;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the daily automatic backup while the app runs: checks a minute after start and then every hour
 * whether one is due. A failure is logged and reported once per check; the next check tries again.
 */
public final class BackupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService backups;
    private final Consumer<String> problems;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backline-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** @param problems receives a plain-words line when an automatic backup fails (called on the backup thread) */
    public BackupScheduler(BackupService backups, Consumer<String> problems) {
        this.backups = backups;
        this.problems = problems;
    }

    /**
     * @param firstCheckSeconds delay of the first check, s
     * @param everySeconds      interval between later checks, s
     */
    public void start(long firstCheckSeconds, long everySeconds) {
        executor.scheduleWithFixedDelay(this::runIfDue, firstCheckSeconds, everySeconds, TimeUnit.SECONDS);
    }

    void runIfDue() {
        try {
            if (backups.isDue()) {
                backups.backupNow();
            }
        } catch (RuntimeException e) {
            LOG.warn("Automatic backup failed", e);
            problems.accept(e.getMessage());
        }
    }

    /** Stops checking; a backup in progress finishes first (up to 60 s). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
