package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.persistence.repository.SyncAccount;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's live picture of every account, published as an immutable {@link SyncStatus} to subscribers
 * on every change (state transition, run start and end, page progress, offline toggle). Publishing happens
 * under the board's lock, so subscribers see snapshots in order; they must hand them off, not block.
 */
final class StatusBoard {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    /** What the board knows of one account beyond its stored row. */
    private record Entry(SyncAccount account, boolean running, String activity, String note) {
    }

    private final Clock clock;
    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private boolean offline;

    StatusBoard(Clock clock) {
        this.clock = clock;
    }

    /** Replaces the accounts with a fresh read of the store, keeping what runs are doing. */
    synchronized void load(List<SyncAccount> accounts) {
        Map<Long, Entry> old = new LinkedHashMap<>(entries);
        entries.clear();
        for (SyncAccount a : accounts) {
            Entry was = old.get(a.id());
            entries.put(a.id(), was == null ? new Entry(a, false, null, null)
                    : new Entry(a, was.running(), was.activity(), was.note()));
        }
        publish();
    }

    /** A fresh read of one account after a transition. */
    synchronized void update(SyncAccount account) {
        Entry was = entries.get(account.id());
        entries.put(account.id(), was == null ? new Entry(account, false, null, null)
                : new Entry(account, was.running(), was.activity(), was.note()));
        publish();
    }

    synchronized void running(long accountId, boolean running) {
        change(accountId, e -> new Entry(e.account(), running, running ? e.activity() : null, e.note()));
    }

    synchronized void activity(long accountId, String text) {
        change(accountId, e -> new Entry(e.account(), e.running(), text, e.note()));
    }

    synchronized void note(long accountId, String text) {
        change(accountId, e -> new Entry(e.account(), e.running(), e.activity(), text));
    }

    synchronized void remove(long accountId) {
        if (entries.remove(accountId) != null) {
            publish();
        }
    }

    synchronized void offline(boolean now) {
        if (offline != now) {
            offline = now;
            publish();
        }
    }

    synchronized boolean isOffline() {
        return offline;
    }

    /** Live accounts of the board (archive-only ones left out). */
    synchronized List<SyncAccount> live() {
        return entries.values().stream().map(Entry::account)
                .filter(a -> a.account().connectionType() != ConnectionType.IMPORT).toList();
    }

    synchronized SyncStatus snapshot() {
        List<AccountSyncState> states = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            SyncAccount a = e.account();
            boolean idle = a.paused() || a.state() == ConnectionState.DISCONNECTED
                    || a.account().connectionType() == ConnectionType.IMPORT;
            states.add(new AccountSyncState(a.account(), a.artistName(), idle ? null : a.nextSyncAt(), a.paused(),
                    e.running(), e.activity(), e.note(), a.tokenHint()));
        }
        return new SyncStatus(states, offline, clock.instant());
    }

    AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void change(long accountId, java.util.function.UnaryOperator<Entry> how) {
        Entry e = entries.get(accountId);
        if (e != null) {
            entries.put(accountId, how.apply(e));
            publish();
        }
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        SyncStatus status = snapshot();
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("A sync status subscriber failed", e);
            }
        }
    }
}
