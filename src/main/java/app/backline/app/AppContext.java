package app.backline.app;

import app.backline.accounts.AccountRegistry;
import app.backline.backup.BackupScheduler;
import app.backline.backup.BackupService;
import app.backline.cli.CliSession;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.importer.ArchiveImportService;
import app.backline.network.NetworkSettings;
import app.backline.domain.Platform;
import app.backline.persistence.Database;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiHttp;
import app.backline.platform.BudgetSettings;
import app.backline.platform.DefaultRequestBudgets;
import app.backline.platform.PlatformClient;
import app.backline.roster.RosterService;
import app.backline.search.LucenePostIndex;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: takes the data directory's lock, opens the store, and builds every service with
 * {@code new}. One per process, for the GUI or for one CLI command. Opening reads the store's file (tenths
 * of a second, seconds for a large store that was not closed cleanly), so the GUI calls {@link #open} off the
 * FX thread.
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
    private final LiveSync live;
    private BackupScheduler backupScheduler;

    /** How the store is opened: waiting for Hibernate ({@link Database#open}) or not ({@link Database#openEarly}). */
    @FunctionalInterface
    private interface StoreOpener {
        Database open(Path databaseBase, Clock clock, app.backline.persistence.repository.PostIndex index);
    }

    /** Builds the platform clients of one process from the shared HTTP access and the configured hosts. */
    @FunctionalInterface
    public interface ClientFactory extends BiFunction<ApiHttp, ApiBases, Map<Platform, PlatformClient>> {
    }

    private AppContext(AppPaths paths, InstanceLock lock, Database database, Clock clock, LiveSync live,
                       EnrichmentService enrichment) {
        this.paths = paths;
        this.lock = lock;
        this.database = database;
        this.live = live;
        this.roster = new RosterService(database.artists());
        this.feed = new FeedService(database.posts(), live.mediaCache()::shown);
        this.imports = new ArchiveImportService(database.posts(), paths.dataDir(), new CaptionEntityExtractor(),
                enrichment, clock);
        this.exports = new ExportService(feed, paths.dataDir());
        this.backups = new BackupService(database.snapshots(), paths.backupDir(), clock);
    }

    /**
     * Opens everything, the store's Hibernate side included (the CLI and tests).
     *
     * @throws app.backline.common.UserFacingException "Backline is already running on DIR" when another
     *         instance holds the data directory, or a plain reason when the store cannot be opened
     */
    public static AppContext open(AppPaths paths) {
        return open(paths, LiveSync::platformClients);
    }

    /** As {@link #open(AppPaths)} with other platform clients (tests and demos against local servers). */
    public static AppContext open(AppPaths paths, ClientFactory clients) {
        return open(paths, StoreChoice.EMBEDDED, clients, Database::open);
    }

    /**
     * As {@link #open(AppPaths)} on the store {@code store} names: the data directory's own, or a team's
     * PostgreSQL server (the data directory then keeps this computer's media, settings, logs and vault key).
     */
    public static AppContext open(AppPaths paths, StoreChoice store) {
        return open(paths, store, LiveSync::platformClients, Database::open);
    }

    /**
     * For the window: returns once the store is open and its roster readable, while Hibernate may still have
     * to start (see {@link Database#openEarly} and {@link #ready()}); calls that need it wait for it. A team
     * server named by {@code BACKLINE_STORE_URL} is opened instead, fully.
     *
     * @throws app.backline.common.UserFacingException as {@link #open(AppPaths)}
     */
    public static AppContext openEarly(AppPaths paths) {
        return open(paths, StoreChoice.resolve(null, System.getenv()), LiveSync::platformClients,
                Database::openEarly);
    }

    private static AppContext open(AppPaths paths, StoreChoice choice, ClientFactory clients, StoreOpener store) {
        InstanceLock lock = InstanceLock.acquire(paths.dataDir(), paths.lockFile());
        Database database = null;
        try {
            Clock clock = Clock.systemUTC();
            database = choice.team() ? Database.openServer(choice.serverUrl(), choice.user(), choice.password(), clock)
                    : store.open(paths.databaseBase(), clock, LucenePostIndex.open(paths.searchIndexDir()));
            LOG.info("Backline data directory {}, {}", paths.dataDir(), choice);
            EnrichmentService enrichment = EnrichmentService.standard(); // one set of tag rules for imports and sync
            LiveSync live = new LiveSync(paths, database, clock, clients,
                    new DefaultRequestBudgets(BudgetSettings.defaults(), clock), enrichment);
            AppContext context = new AppContext(paths, lock, database, clock, live, enrichment);
            context.imports.removeCrashLeftovers();
            return context;
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
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

    /**
     * Completes when every service can use the store; exceptionally with a {@code UserFacingException} when
     * it cannot be used after all.
     */
    public CompletionStage<Void> ready() {
        return database.ready();
    }

    /** Lines about interrupted imports the store undid when it opened; empty normally. */
    @Override
    public List<String> notices() {
        return database.recoveryNotes();
    }

    public BackupService backups() {
        return backups;
    }

    @Override
    public AccountRegistry accounts() {
        return live.accounts();
    }

    public NetworkSettings network() {
        return live.network();
    }

    @Override
    public SyncControl sync() {
        return live.engine();
    }

    /** One sync run for every connected account (of one artist), without starting the background polling. */
    @Override
    public List<SyncOutcome> syncOnce(Long artistId) {
        return live.engine().syncOnce(artistId);
    }

    /**
     * Starts what runs while the GUI is open: the thumbnail cache's check after a crash, live sync of the
     * connected accounts, and the daily automatic backup (first check after 60 s, then hourly). Not started for
     * CLI commands. Reads the store (the sync engine's accounts), so it runs off the FX thread.
     *
     * @param problems receives a plain-words line when a background job fails (on a worker thread)
     */
    public synchronized void startBackgroundJobs(Consumer<String> problems) {
        if (backupScheduler == null) {
            live.checkCacheOnce();
            backupScheduler = new BackupScheduler(backups, problems);
            backupScheduler.start(60, 3600);
            live.engine().start();
        }
    }

    /** How long closing will spend tidying the store file; empty when it will not (see {@code Database.close()}). */
    @Override
    public Optional<Duration> tidyOnClose() {
        return database.compactionOnClose();
    }

    /**
     * Stops background jobs (sync runs stop at a page boundary), closes the store (tidying its file when it has
     * grown well past its data: {@link #tidyOnClose()}), then releases the lock.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (backupScheduler != null) {
                backupScheduler.close();
            }
        }
        live.close();
        try {
            database.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the store failed", e);
        } finally {
            lock.close();
        }
    }
}
