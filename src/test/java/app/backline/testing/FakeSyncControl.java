package app.backline.testing;

import app.backline.domain.Account;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.sync.AccountSyncState;
import app.backline.sync.AttentionNotice;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncRunQuery;
import app.backline.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory sync engine for UI tests that keeps real state and behaves as {@link SyncControl} promises:
 * {@code syncNow} records a RUNNING MANUAL run and publishes a SYNCING snapshot, then (unless runs are held)
 * ends the run and publishes READY; a DISCONNECTED account's run fails and it stays DISCONNECTED; pausing clears the next sync time.
 * Listeners are called on the caller's thread, as an engine thread would call them.
 */
public final class FakeSyncControl implements SyncControl {

    /** The poll interval the fake schedules after each run. */
    public static final Duration INTERVAL = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<Long, AccountSyncState> states = new LinkedHashMap<>();
    private final List<SyncRun> runs = new ArrayList<>();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<AttentionNotice>> noticeListeners = new CopyOnWriteArrayList<>();
    private final List<Long> syncRequests = new ArrayList<>();
    private final Map<Long, SyncRun> running = new LinkedHashMap<>();
    private final java.util.Set<Long> tokenRejected = new java.util.HashSet<>();
    private boolean offline;
    private boolean holdRuns;
    private long nextRunId = 1;

    public FakeSyncControl(Clock clock) {
        this.clock = clock;
    }

    /** Adds or replaces an account's state and publishes a snapshot. */
    public synchronized void put(AccountSyncState state) {
        states.put(state.account().id(), state);
        publish();
    }

    public synchronized void removeAccount(long accountId) {
        states.remove(accountId);
        publish();
    }

    public synchronized AccountSyncState state(long accountId) {
        return states.get(accountId);
    }

    public synchronized void setOffline(boolean offline) {
        this.offline = offline;
        publish();
    }

    /** While held, {@code syncNow} leaves accounts SYNCING until {@link #finishRuns()}. */
    public synchronized void holdRuns(boolean hold) {
        this.holdRuns = hold;
    }

    /** Ends every running account's run successfully (or failed when DISCONNECTED). */
    public synchronized void finishRuns() {
        for (AccountSyncState state : List.copyOf(states.values())) {
            if (state.running()) {
                finish(state);
            }
        }
    }

    /** Records a run as the engine would have, newest first in {@link #runs}. */
    public synchronized SyncRun record(long accountId, SyncMode mode, Instant started, Duration took,
                                       SyncRunStatus status, int added, int updated, int requests, String error) {
        Account account = states.get(accountId).account();
        SyncRun run = new SyncRun(nextRunId++, accountId, account.artistId(), states.get(accountId).artistName(),
                account.platform(), account.handle(), mode, started, took == null ? null : started.plus(took),
                status, added, updated, requests, error);
        runs.add(0, run);
        return run;
    }

    /** Sends a notice to the subscribers, as the engine does when an account needs a person. */
    public void notice(AttentionNotice notice) {
        noticeListeners.forEach(listener -> listener.accept(notice));
    }

    /** The accounts {@code syncNow} was called for, in order. */
    public synchronized List<Long> syncRequests() {
        return List.copyOf(syncRequests);
    }

    public int subscriberCount() {
        return listeners.size();
    }

    @Override
    public synchronized SyncStatus status() {
        return new SyncStatus(List.copyOf(states.values()), offline, clock.instant());
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public AutoCloseable subscribeNotices(Consumer<AttentionNotice> listener) {
        noticeListeners.add(listener);
        return () -> noticeListeners.remove(listener);
    }

    @Override
    public synchronized void syncNow(long accountId) {
        syncRequests.add(accountId);
        AccountSyncState state = states.get(accountId);
        if (state == null || state.running() || state.account().connectionType() == ConnectionType.IMPORT) {
            return;
        }
        if (state.account().state() == ConnectionState.DISCONNECTED) {
            tokenRejected.add(accountId); // the platform still refuses the old token
        }
        AccountSyncState syncing = new AccountSyncState(withState(state.account(), ConnectionState.SYNCING,
                state.account().lastSyncedAt(), state.account().lastError()), state.artistName(),
                state.nextSyncAt(), state.paused(), true, "Checking for new posts", state.note(), state.tokenHint());
        states.put(accountId, syncing);
        running.put(accountId, record(accountId, SyncMode.MANUAL, clock.instant(), null, SyncRunStatus.RUNNING, 0, 0,
                0, null));
        publish();
        if (!holdRuns) {
            finish(syncing);
        }
    }

    @Override
    public synchronized void setPaused(long accountId, boolean paused) {
        AccountSyncState s = states.get(accountId);
        Instant next = paused ? null : clock.instant().plus(INTERVAL);
        states.put(accountId, new AccountSyncState(s.account(), s.artistName(), next, paused, s.running(),
                s.activity(), s.note(), s.tokenHint()));
        publish();
    }

    @Override
    public synchronized List<SyncRun> runs(SyncRunQuery query) {
        return runs.stream()
                .filter(run -> query.artistId() == null || run.artistId() == query.artistId())
                .filter(run -> query.accountId() == null || run.accountId() == query.accountId())
                .filter(run -> query.status() == null || run.status() == query.status())
                .sorted(java.util.Comparator.comparing(SyncRun::startedAt).reversed())
                .limit(query.limit())
                .toList();
    }

    private void finish(AccountSyncState state) {
        Instant now = clock.instant();
        Account account = state.account();
        boolean rejected = tokenRejected.remove(account.id());
        Account after = rejected
                ? withState(account, ConnectionState.DISCONNECTED, account.lastSyncedAt(), account.lastError())
                : withState(account, ConnectionState.READY, now, null);
        SyncRun started = running.containsKey(account.id()) ? running.remove(account.id())
                : record(account.id(), SyncMode.POLL, now, null, SyncRunStatus.RUNNING, 0, 0, 0, null);
        runs.remove(started);
        runs.add(0, new SyncRun(started.id(), started.accountId(), started.artistId(), started.artistName(),
                started.platform(), started.handle(), started.mode(), started.startedAt(), now,
                rejected ? SyncRunStatus.FAILED : SyncRunStatus.SUCCEEDED, 0, rejected ? 0 : 3, rejected ? 1 : 2,
                rejected ? account.lastError() : null));
        states.put(account.id(), new AccountSyncState(after, state.artistName(),
                rejected || state.paused() ? null : now.plus(INTERVAL), state.paused(), false, null, state.note(),
                state.tokenHint()));
        publish();
    }

    private void publish() {
        SyncStatus snapshot = status();
        listeners.forEach(listener -> listener.accept(snapshot));
    }

    /** A copy of the account in another state. */
    public static Account withState(Account a, ConnectionState state, Instant lastSyncedAt, String lastError) {
        return new Account(a.id(), a.artistId(), a.platform(), a.externalUserId(), a.handle(), a.profileUrl(),
                a.connectionType(), state, lastSyncedAt, lastError);
    }
}
