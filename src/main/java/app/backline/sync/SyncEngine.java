package app.backline.sync;

import app.backline.common.Progress;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.SyncRun;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.PlatformClient;
import app.backline.platform.RequestBudgets;
import app.backline.secrets.TokenVault;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background sync engine: one job per live account on a catching scheduler (backfill first, then polls
 * every interval with jitter, within the platform's request budget), connection states by compare-and-set,
 * every run recorded, status snapshots to subscribers, notices when an account needs a person, an offline
 * mode that pauses polling. {@link #start()} begins polling (GUI); {@link #syncOnce} runs one cycle and
 * returns (CLI). {@link #close()} stops at the next page boundary.
 */
public final class SyncEngine implements SyncControl, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final SyncStore store;
    private final SyncSettings settings;
    private final Clock clock;
    private final StatusBoard board;
    private final AttentionNotices notices;
    private final PollingLoop loop;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean recovered = new AtomicBoolean();

    /**
     * @param clients  one client per platform; accounts of a platform without one are shown, not synced
     * @param afterRun called after every run on the run's thread (the media cache prefetches there); its
     *                 failures are logged, never the run's
     */
    public SyncEngine(Map<Platform, PlatformClient> clients, RequestBudgets budgets, SyncStore store, TokenVault vault,
                      EnrichmentService enrichment, CaptionEntityExtractor entities, Clock clock, Runnable afterRun,
                      SyncSettings settings) {
        this(clients, budgets, store, vault, enrichment, entities, clock, afterRun, settings, RandomGenerator.getDefault());
    }

    SyncEngine(Map<Platform, PlatformClient> clients, RequestBudgets budgets, SyncStore store, TokenVault vault,
               EnrichmentService enrichment, CaptionEntityExtractor entities, Clock clock, Runnable afterRun,
               SyncSettings settings, RandomGenerator random) {
        Map<Platform, PlatformClient> byPlatform = Map.copyOf(clients);
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.board = new StatusBoard(clock);
        this.notices = new AttentionNotices(store.accounts(), clock);
        Pacing pacing = new Pacing(settings, budgets, clock, random);
        PollUnits units = new PollUnits(board::live);
        AccountConnections connections = new AccountConnections(store.accounts(), vault);
        SyncJob job = new SyncJob(new SyncJob.Parts(byPlatform, budgets, store, connections,
                new DraftEnricher(entities, enrichment), settings, clock, pacing, board, notices), units);
        Progress cancelOnClose = new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return closing.get();
            }
        };
        this.loop = new PollingLoop(job, store.accounts(), byPlatform.keySet(), board, pacing, units, settings, clock,
                cancelOnClose, afterRun, new NetworkProbe(byPlatform, budgets, connections, board::live));
    }

    /** Recovers what a crash left, then schedules every live account; polling runs until {@link #close()}. */
    public void start() {
        if (closing.get() || !started.compareAndSet(false, true)) {
            return;
        }
        recoverOnce();
        board.load(store.accounts().findAll(null));
        loop.start(settings.rescan());
    }

    /**
     * One run for every live account (of one artist when {@code artistId} is given), up to the pool size at
     * once, then returns. Paused accounts run too (the user asked); DISCONNECTED ones do not (their token is
     * refused: a run would only fail again) and are reported as they are.
     */
    public List<SyncOutcome> syncOnce(Long artistId) {
        recoverOnce();
        List<SyncAccount> accounts = store.accounts().findAll(artistId).stream()
                .filter(a -> a.account().connectionType() != ConnectionType.IMPORT).toList();
        board.load(store.accounts().findAll(null));
        return new OnceCycle(settings.poolSize(), loop::runOnce).run(accounts);
    }

    /** Someone added or removed an account: pick it up now. */
    public void accountsChanged() {
        if (started.get()) {
            loop.rescanSoon();
        } else {
            board.load(store.accounts().findAll(null));
        }
    }

    @Override
    public SyncStatus status() {
        return board.snapshot();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        return board.subscribe(listener);
    }

    @Override
    public AutoCloseable subscribeNotices(Consumer<AttentionNotice> listener) {
        return notices.subscribe(listener);
    }

    @Override
    public void syncNow(long accountId) {
        if (started.get()) {
            loop.syncNow(accountId);
        }
    }

    @Override
    public void setPaused(long accountId, boolean paused) {
        if (!store.accounts().setPaused(accountId, paused)) {
            return;
        }
        store.accounts().find(accountId).ifPresent(board::update);
        if (started.get()) {
            loop.paused(accountId, paused);
        }
    }

    @Override
    public List<SyncRun> runs(SyncRunQuery query) {
        return store.runs().find(query.artistId(), query.accountId(), query.status(), query.limit());
    }

    /**
     * Stops scheduling; running syncs stop at their next page boundary (their runs end INTERRUPTED, their
     * accounts back in the state they had). Waits up to the shutdown setting, then marks what is still
     * running INTERRUPTED.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (!loop.shutdown(settings.shutdownWait())) {
            Instant now = clock.instant();
            int runs = store.runs().interruptRunning("Backline was closed before this run ended", now);
            int accounts = store.accounts().restoreInterrupted(now);
            LOG.warn("Closed with {} sync runs still going: marked INTERRUPTED, {} accounts restored", runs, accounts);
        }
    }

    private void recoverOnce() {
        if (recovered.compareAndSet(false, true)) {
            Instant now = clock.instant();
            int runs = store.runs().interruptRunning("Backline stopped before this run ended", now);
            int accounts = store.accounts().restoreInterrupted(now);
            if (runs + accounts > 0) {
                LOG.info("Marked {} cut-off sync runs INTERRUPTED; {} accounts back from SYNCING", runs, accounts);
            }
        }
    }
}
