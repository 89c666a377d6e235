package app.backline.app;

import app.backline.backup.BackupScheduler;
import app.backline.backup.BackupService;
import app.backline.cli.CliSession;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.importer.ArchiveImportService;
import app.backline.persistence.Database;
import app.backline.roster.RosterService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: takes the data directory's lock, opens the store, and builds every service with
 * {@code new}. One per process, for the GUI or for one CLI command. Opening takes seconds (Hibernate's
 * bootstrap), so the GUI calls {@link #open} off the FX thread.
 */
public final class AppContext implements CliSession {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppPaths paths;
    private final InstanceLock lock;
    private final Database database;
    private final RosterService roster;
    private final FeedService feed;
    private final ArchiveImportService imports;
    private final ExportService exports;
    private final BackupService backups;
    private BackupScheduler backupScheduler;

    private AppContext(AppPaths paths, InstanceLock lock, Database database, Clock clock) {
        this.paths = paths;
        this.lock = lock;
        this.database = database;
        this.roster = new RosterService(database.artists());
        this.feed = new FeedService(database.posts());
        this.imports = new ArchiveImportService(database.posts(), paths.dataDir(), new CaptionEntityExtractor(),
                EnrichmentService.standard(), clock);
        this.exports = new ExportService(feed, paths.dataDir());
        this.backups = new BackupService(database.snapshots(), paths.backupDir(), clock);
    }

    /**
     * @throws app.backline.common.UserFacingException "Backline is already running on DIR" when another
     *         instance holds the data directory, or a plain reason when the store cannot be opened
     */
    public static AppContext open(AppPaths paths) {
        InstanceLock lock = InstanceLock.acquire(paths.dataDir(), paths.lockFile());
        try {
            Database database = Database.open(paths.databaseBase());
            LOG.info("Backline data directory {}", paths.dataDir());
            AppContext context = new AppContext(paths, lock, database, Clock.systemUTC());
            context.imports.removeCrashLeftovers();
            return context;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public AppPaths paths() {
        return paths;
    }

    @Override
    public Path dataDir() {
        return paths.dataDir();
    }

    @Override
    public RosterService roster() {
        return roster;
    }

    @Override
    public FeedService feed() {
        return feed;
    }

    @Override
    public ArchiveImportService imports() {
        return imports;
    }

    @Override
    public ExportService exports() {
        return exports;
    }

    /** Lines about interrupted imports the store undid when it opened; empty normally. */
    @Override
    public List<String> notices() {
        return database.recoveryNotes();
    }

    public BackupService backups() {
        return backups;
    }

    /**
     * Starts what runs while the GUI is open: the daily automatic backup (first check after 60 s, then
     * hourly). Not started for CLI commands.
     *
     * @param problems receives a plain-words line when a background job fails (on a worker thread)
     */
    public synchronized void startBackgroundJobs(Consumer<String> problems) {
        if (backupScheduler == null) {
            backupScheduler = new BackupScheduler(backups, problems);
            backupScheduler.start(60, 3600);
        }
    }

    /** Stops background jobs, closes the store, then releases the lock. */
    @Override
    public void close() {
        synchronized (this) {
            if (backupScheduler != null) {
                backupScheduler.close();
            }
        }
        try {
            database.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the store failed", e);
        } finally {
            lock.close();
        }
    }
}
