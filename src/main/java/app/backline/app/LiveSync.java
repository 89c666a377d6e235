package app.backline.app;

import app.backline.accounts.ManualAccounts;
import app.backline.common.UserFacingException;
import app.backline.domain.Platform;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.mediacache.MediaCacheService;
import app.backline.mediacache.MediaCacheSettings;
import app.backline.network.NetworkSettings;
import app.backline.network.NetworkSettingsFile;
import app.backline.persistence.Database;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiHttp;
import app.backline.platform.HttpClientSettings;
import app.backline.platform.PlatformClient;
import app.backline.platform.PlatformHttp;
import app.backline.platform.RequestBudgets;
import app.backline.platform.RetrySettings;
import app.backline.platform.SocksCredentials;
import app.backline.platform.instagram.InstagramClient;
import app.backline.platform.linkedin.LinkedInClient;
import app.backline.platform.tiktok.TikTokClient;
import app.backline.platform.x.XClient;
import app.backline.platform.youtube.YouTubeClient;
import app.backline.secrets.KeySources;
import app.backline.secrets.TokenVault;
import app.backline.sync.SyncEngine;
import app.backline.sync.SyncSettings;
import app.backline.sync.SyncStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Authenticator;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live-sync half of the composition root: token vault, proxy settings, the shared HTTP stack towards the
 * platforms, the thumbnail cache, the sync engine and the account registry, built in that order and closed
 * in reverse. Environment: {@code BACKLINE_API_BASE_*}, {@code BACKLINE_BACKFILL_DAYS},
 * {@code BACKLINE_POLL_SECONDS}, {@code BACKLINE_MEDIA_CACHE_MB}.
 */
final class LiveSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSync.class);
    /** Thumbnails fetched after each sync run; the rest follow after the next runs. */
    private static final int MEDIA_PER_RUN = 200;

    private final NetworkSettings network;
    private final PlatformHttp http;
    private final MediaCacheService mediaCache;
    private final SyncEngine engine;
    private final ManualAccounts accounts;
    private final AtomicBoolean cacheChecked = new AtomicBoolean();

    /** @throws UserFacingException naming the variable when an environment setting is not valid */
    LiveSync(AppPaths paths, Database database, Clock clock, AppContext.ClientFactory clients, RequestBudgets budgets,
             EnrichmentService enrichment) {
        TokenVault vault = new TokenVault(KeySources.choose(paths.dataDir()));
        this.network = new NetworkSettingsFile(paths.dataDir(), vault);
        // The JDK's SOCKS code asks only the JVM-wide default Authenticator for proxy credentials.
        Authenticator.setDefault(new SocksCredentials(network));
        this.http = new PlatformHttp(HttpClientSettings.defaults(), network, RetrySettings.defaults(), clock);
        this.mediaCache = new MediaCacheService(database.mediaCache(), http.media(), paths.dataDir(),
                MediaCacheSettings.fromEnvironment(System.getenv()), clock);
        this.engine = new SyncEngine(clients.apply(http.api(), fromEnvironment(ApiBases::fromEnvironment)), budgets,
                new SyncStore(database.syncAccounts(), database.syncRuns(), database.syncPosts()), vault,
                enrichment, new CaptionEntityExtractor(), clock,
                this::afterRun, fromEnvironment(SyncSettings::fromEnvironment));
        this.accounts = new ManualAccounts(database.syncAccounts(), vault, engine::accountsChanged);
    }

    /** After each sync run: thumbnails for what it brought, the cache checked first (the first time). */
    private void afterRun() {
        checkCacheOnce();
        mediaCache.prefetch(MEDIA_PER_RUN);
    }

    /**
     * Brings the thumbnail cache in line with its folder after a crash, once per process, before its first
     * prefetch. Not done while opening: it reads the cache table through Hibernate, which may still be
     * starting then (the window would wait for it).
     */
    void checkCacheOnce() {
        if (cacheChecked.compareAndSet(false, true)) {
            mediaCache.removeCrashLeftovers();
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

    private static <T> T fromEnvironment(java.util.function.Function<Map<String, String>, T> read) {
        try {
            return read.apply(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    NetworkSettings network() {
        return network;
    }

    MediaCacheService mediaCache() {
        return mediaCache;
    }

    SyncEngine engine() {
        return engine;
    }

    ManualAccounts accounts() {
        return accounts;
    }

    /** Stops the engine (runs stop at a page boundary), then the cache, then the HTTP stack; never throws. */
    @Override
    public void close() {
        try {
            engine.close();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the sync engine failed", e);
        }
        try {
            mediaCache.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the media cache failed", e);
        }
        http.close();
    }
}
