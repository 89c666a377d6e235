package app.backline.sync;

import app.backline.accounts.AccountRequest;
import app.backline.accounts.ManualAccounts;
import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.persistence.Database;
import app.backline.platform.ApiHttp;
import app.backline.platform.PlatformClient;
import app.backline.platform.PollPace;
import app.backline.platform.RequestBudgets;
import app.backline.platform.RequestMeter;
import app.backline.platform.RetrySettings;
import app.backline.secrets.KeyFileKeySource;
import app.backline.secrets.TokenVault;
import app.backline.testing.MutableClock;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/** A real store in a temp folder, a real vault, real HTTP with tiny retry delays, and engines over them. */
final class SyncFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final Path dir;
    final TokenVault vault;
    final ApiHttp http;
    private final List<SyncEngine> engines = new ArrayList<>();
    private Database db;
    private ManualAccounts accounts;

    SyncFixture(Path dir) {
        this.dir = dir;
        this.vault = new TokenVault(new KeyFileKeySource(dir.resolve("vault.key")));
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(400)).retryOnConnectionFailure(false).build();
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.http = new ApiHttp(client, json,
                new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)), clock);
        reopen();
    }

    /** Closes the engines and the store and opens the store again (a restart). */
    void reopen() {
        engines.forEach(SyncEngine::close);
        engines.clear();
        if (db != null) {
            db.close();
        }
        db = Database.open(dir.resolve("store/backline"), clock);
        accounts = new ManualAccounts(db.syncAccounts(), vault, () -> { });
    }

    Database db() {
        return db;
    }

    SyncStore store() {
        return new SyncStore(db.syncAccounts(), db.syncRuns(), db.syncPosts());
    }

    ManualAccounts accounts() {
        return accounts;
    }

    long add(String artist, Platform platform, String userId, String handle, String token) {
        return accounts.add(new AccountRequest(ArtistRef.byName(artist), platform, userId, handle, null, token, null))
                .account().id();
    }

    SyncEngine engine(Map<Platform, PlatformClient> clients) {
        return engine(clients, unlimited(), settings());
    }

    SyncEngine engine(Map<Platform, PlatformClient> clients, RequestBudgets budgets, SyncSettings settings) {
        return engine(clients, budgets, settings, () -> { });
    }

    SyncEngine engine(Map<Platform, PlatformClient> clients, RequestBudgets budgets, SyncSettings settings,
                      Runnable afterRun) {
        RandomGenerator random = new SplittableRandom(7);
        SyncEngine engine = new SyncEngine(clients, budgets, store(), vault, EnrichmentService.standard(),
                new CaptionEntityExtractor(), clock, afterRun, settings, random);
        engines.add(engine);
        return engine;
    }

    /** Defaults with small pages, so a few posts make several pages. */
    static SyncSettings settings() {
        return SyncSettings.defaults().withPageSizes(2, 25).withOfflineProbe(Duration.ofMillis(100));
    }

    /** Budgets that never refuse and never slow polls. */
    static RequestBudgets unlimited() {
        return budgets(RequestMeter::unmetered, new PollPace(Duration.ZERO, null));
    }

    static RequestBudgets budgets(java.util.function.Supplier<RequestMeter> meters, PollPace pace) {
        return new RequestBudgets() {
            @Override
            public RequestMeter meter(long accountId, Platform platform) {
                return meters.get();
            }

            @Override
            public PollPace pace(Platform platform, int activeAccounts, int unitsPerPoll) {
                return pace;
            }
        };
    }

    @Override
    public void close() {
        engines.forEach(SyncEngine::close);
        db.close();
    }
}
