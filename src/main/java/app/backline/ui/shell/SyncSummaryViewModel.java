package app.backline.ui.shell;

import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.sync.AccountSyncState;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncStatus;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.LatestOnFx;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.fx.Subscription;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sync part of the status bar, from the engine's newest snapshot: "Syncing 3 accounts…", "Offline — will
 * resume when the network returns", "2 accounts need attention", "All up to date". Also Sync all now, and
 * the moment a run ends (the roster's counts are read again then).
 */
public final class SyncSummaryViewModel {

    /** What the status bar shows, most pressing first. */
    public enum Kind { NONE, OFFLINE, SYNCING, ATTENTION, WAITING, UP_TO_DATE }


    private final SyncControl sync;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Runnable onRunEnded;
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private SyncStatus latest = new SyncStatus(List.of(), false, java.time.Instant.EPOCH);
    private Set<Long> running = Set.of();
    private final Subscription subscription = new Subscription();

    /** @param onRunEnded called on the FX thread when some account's run has ended */
    public SyncSummaryViewModel(SyncControl sync, TaskRunner tasks, StatusViewModel status, Messages messages,
                                Runnable onRunEnded) {
        this.sync = sync;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.onRunEnded = onRunEnded;
    }

    /** Follows the engine's snapshots; call on the FX thread. */
    public void start(FxExecutor fx) {
        subscription.hold(sync.subscribe(new LatestOnFx<>(fx, this::show)));
        tasks.run(progress -> sync.status(), this::show, failure -> status.error(Problems.userText(failure,
                messages)));
    }

    public void close() {
        subscription.close();
    }

    void show(SyncStatus snapshot) {
        if (snapshot.at().isBefore(latest.at())) {
            return; // the first read, overtaken by a snapshot the engine published meanwhile
        }
        latest = snapshot;
        List<AccountSyncState> live = snapshot.accounts().stream()
                .filter(s -> s.account().connectionType() != ConnectionType.IMPORT).toList();
        long syncing = snapshot.syncing();
        long attention = live.stream().filter(SyncSummaryViewModel::needsAttention).count();
        long waiting = live.stream().filter(s -> s.account().state() == ConnectionState.PENDING).count();
        Kind now = live.isEmpty() ? Kind.NONE : snapshot.offline() ? Kind.OFFLINE : syncing > 0 ? Kind.SYNCING
                : attention > 0 ? Kind.ATTENTION : waiting > 0 ? Kind.WAITING : Kind.UP_TO_DATE;
        text.set(switch (now) {
            case NONE -> "";
            case OFFLINE -> messages.text("sync.summary.offline");
            case SYNCING -> messages.format("sync.summary.syncing", syncing);
            case ATTENTION -> messages.format("sync.summary.attention", attention);
            case WAITING -> messages.format("sync.summary.waiting", waiting);
            case UP_TO_DATE -> messages.text("sync.summary.upToDate");
        });
        kind.set(now);
        noticeEndedRuns(snapshot);
    }

    private void noticeEndedRuns(SyncStatus snapshot) {
        Set<Long> nowRunning = new HashSet<>();
        snapshot.accounts().stream().filter(AccountSyncState::running).forEach(s -> nowRunning.add(s.account().id()));
        boolean ended = running.stream().anyMatch(id -> !nowRunning.contains(id));
        running = nowRunning;
        if (ended) {
            onRunEnded.run();
        }
    }

    private static boolean needsAttention(AccountSyncState s) {
        return s.account().state() == ConnectionState.ERROR || s.account().state() == ConnectionState.DISCONNECTED;
    }

    /** Queues a manual run of every live account that can sync now (not running, not disconnected). */
    public void syncAll() {
        List<Long> ids = latest.accounts().stream()
                .filter(s -> s.account().connectionType() != ConnectionType.IMPORT && !s.running()
                        && s.account().state() != ConnectionState.DISCONNECTED)
                .map(s -> s.account().id()).toList();
        if (ids.isEmpty()) {
            status.info(messages.text("sync.all.none"));
            return;
        }
        tasks.run(progress -> {
            ids.forEach(sync::syncNow);
            return ids.size();
        }, count -> status.info(messages.format("sync.all.started", count)),
                failure -> status.error(Problems.userText(failure, messages)));
    }

    /** The artist of the first account that needs attention, to open its Connections panel. */
    public Optional<Long> attentionArtist() {
        return latest.accounts().stream().filter(s -> s.account().connectionType() != ConnectionType.IMPORT)
                .filter(SyncSummaryViewModel::needsAttention).map(s -> s.account().artistId()).findFirst();
    }

    /** The artist an account belongs to, as far as the newest snapshot knows. */
    public Optional<Long> artistOf(long accountId) {
        return latest.accounts().stream().filter(s -> s.account().id() == accountId)
                .map(s -> s.account().artistId()).findFirst();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
