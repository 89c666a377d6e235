package app.backline.app;

import app.backline.accounts.AccountRegistry;
import app.backline.accounts.ManualAccounts;
import app.backline.backup.BackupScheduler;
import app.backline.backup.BackupService;
import app.backline.cli.CliSession;
import app.backline.common.UserFacingException;
import app.backline.domain.Platform;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.importer.ArchiveImportService;
import app.backline.mediacache.MediaCacheService;
import app.backline.mediacache.MediaCacheSettings;
import app.backline.network.NetworkSettings;
import app.backline.network.NetworkSettingsFile;
import app.backline.platform.BudgetSettings;
import app.backline.platform.DefaultRequestBudgets;
import app.backline.platform.HttpClientSettings;
import app.backline.platform.PlatformHttp;
import app.backline.platform.SocksCredentials;
import app.backline.platform.instagram.InstagramClient;
import app.backline.platform.linkedin.LinkedInClient;
import app.backline.platform.tiktok.TikTokClient;
import app.backline.platform.x.XClient;
import app.backline.platform.youtube.YouTubeClient;
import app.backline.secrets.KeySources;
import java.net.Authenticator;
import app.backline.persistence.Database;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiHttp;
import app.backline.platform.PlatformClient;
import app.backline.platform.RequestBudgets;
import app.backline.platform.RetrySettings;
import app.backline.roster.RosterService;
import app.backline.secrets.TokenVault;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncEngine;
import app.backline.sync.SyncOutcome;
import app.backline.sync.SyncSettings;
import app.backline.sync.SyncStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
    /** Thumbnails fetched after each sync run; the rest follow after the next runs. */
    private static final int MEDIA_PER_RUN = 200;

    private final AppPaths paths;
    private final InstanceLock lock;
    private final Database database;
    private final RosterService roster;
    private final FeedService feed;
    private final ArchiveImportService imports;
    private final ExportService exports;
    private final BackupService backups;
    private final SyncEngine sync;
    private final ManualAccounts accounts;
    private final NetworkSettings network;
    private final PlatformHttp http;
    private final MediaCacheService mediaCache;
    private BackupScheduler backupScheduler;

    /** Builds the platform clients of one process from the shared HTTP access and the configured hosts. */
    @FunctionalInterface
    public interface ClientFactory extends BiFunction<ApiHttp, ApiBases, Map<Platform, PlatformClient>> {
    }

    private AppContext(AppPaths paths, InstanceLock lock, Database database, Clock clock, ClientFactory clients,
                       RequestBudgets budgets) {
        this.paths = paths;
        this.lock = lock;
        this.database = database;
        TokenVault vault = new TokenVault(KeySources.choose(paths.dataDir()));
        this.network = new NetworkSettingsFile(paths.dataDir(), vault);
        // The JDK's SOCKS code asks only the JVM-wide default Authenticator for proxy credentials.
        Authenticator.setDefault(new SocksCredentials(network));
        this.http = new PlatformHttp(HttpClientSettings.defaults(), network, RetrySettings.defaults(), clock);
        this.mediaCache = new MediaCacheService(database.mediaCache(), http.media(), paths.dataDir(),
                MediaCacheSettings.fromEnvironment(System.getenv()), clock);
        this.roster = new RosterService(database.artists());
        this.feed = new FeedService(database.posts(), mediaCache::shown);
        this.imports = new ArchiveImportService(database.posts(), paths.dataDir(), new CaptionEntityExtractor(),
                EnrichmentService.standard(), clock);
        this.exports = new ExportService(feed, paths.dataDir());
        this.backups = new BackupService(database.snapshots(), paths.backupDir(), clock);
        this.sync = new SyncEngine(clients.apply(http.api(), apiBases()), budgets,
                new SyncStore(database.syncAccounts(), database.syncRuns(), database.syncPosts()), vault,
                EnrichmentService.standard(), new CaptionEntityExtractor(), clock,
                () -> mediaCache.prefetch(MEDIA_PER_RUN), syncSettings());
        this.accounts = new ManualAccounts(database.syncAccounts(), vault, sync::accountsChanged);
    }

    /**
     * @throws app.backline.common.UserFacingException "Backline is already running on DIR" when another
     *         instance holds the data directory, or a plain reason when the store cannot be opened
     */
    public static AppContext open(AppPaths paths) {
        return open(paths, AppContext::platformClients);
    }

    /** As {@link #open(AppPaths)} with other platform clients (tests and demos against local servers). */
    public static AppContext open(AppPaths paths, ClientFactory clients) {
        InstanceLock lock = InstanceLock.acquire(paths.dataDir(), paths.lockFile());
        try {
            Database database = Database.open(paths.databaseBase());
            LOG.info("Backline data directory {}", paths.dataDir());
            Clock clock = Clock.systemUTC();
            AppContext context = new AppContext(paths, lock, database, clock, clients,
                    new DefaultRequestBudgets(BudgetSettings.defaults(), clock));
            context.imports.removeCrashLeftovers();
            context.mediaCache.removeCrashLeftovers();
            return context;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The five platform clients on the shared HTTP access, each at its configured host. */
    static Map<Platform, PlatformClient> platformClients(ApiHttp http, ApiBases bases) {
        return Map.of(
                Platform.INSTAGRAM, new InstagramClient(http, bases),
                Platform.TIKTOK, new TikTokClient(http, bases),
                Platform.YOUTUBE, new YouTubeClient(http, bases),
                Platform.X, new XClient(http, bases),
                Platform.LINKEDIN, new LinkedInClient(http, bases));
    }

    private static SyncSettings syncSettings() {
        try {
            return SyncSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private static ApiBases apiBases() {
        try {
            return ApiBases.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
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

    @Override
    public AccountRegistry accounts() {
        return accounts;
    }

    public NetworkSettings network() {
        return network;
    }

    @Override
    public SyncControl sync() {
        return sync;
    }

    /** One sync run for every connected account (of one artist), without starting the background polling. */
    @Override
    public List<SyncOutcome> syncOnce(Long artistId) {
        return sync.syncOnce(artistId);
    }

    /**
     * Starts what runs while the GUI is open: live sync of the connected accounts, and the daily automatic
     * backup (first check after 60 s, then hourly). Not started for CLI commands.
     *
     * @param problems receives a plain-words line when a background job fails (on a worker thread)
     */
    public synchronized void startBackgroundJobs(Consumer<String> problems) {
        if (backupScheduler == null) {
            backupScheduler = new BackupScheduler(backups, problems);
            backupScheduler.start(60, 3600);
            sync.start();
        }
    }

    /** Stops background jobs (sync runs stop at a page boundary), closes the store, then releases the lock. */
    @Override
    public void close() {
        synchronized (this) {
            if (backupScheduler != null) {
                backupScheduler.close();
            }
        }
        try {
            sync.close();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the sync engine failed", e);
        }
        try {
            mediaCache.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the media cache failed", e);
        }
        http.close();
        try {
            database.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the store failed", e);
        } finally {
            lock.close();
        }
    }
}
