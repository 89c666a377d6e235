package app.backline.ui.connections;

import app.backline.accounts.AccountListing;
import app.backline.accounts.AccountRegistry;
import app.backline.domain.Artist;
import app.backline.sync.AccountSyncState;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncStatus;
import app.backline.ui.common.RelativeTime;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Delay;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.LatestOnFx;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.fx.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connections panel of the selected artist: one row per account, merged from the registry's list (read
 * when the artist changes) and the sync engine's newest snapshot (relayed through {@link LatestOnFx}); the
 * relative times are recomputed every minute. Sync now, Pause/Resume and Remove run off the FX thread.
 */
public final class ConnectionsViewModel {

    static final Duration TICK = Duration.ofMinutes(1);

    private final SyncControl sync;
    private final AccountRegistry accounts;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Clock clock;
    private final ConnectionRows rowTexts;
    private final ConnectionCommands commands;
    private final ObjectProperty<Artist> artist = new SimpleObjectProperty<>();
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding attention;
    private final Set<Long> removed = new HashSet<>();
    private List<AccountListing> listed = List.of();
    private SyncStatus latest;
    private long generation;
    private final Subscription subscription = new Subscription();
    private Runnable stopTicking = () -> { };

    public ConnectionsViewModel(SyncControl sync, AccountRegistry accounts, TaskRunner tasks, StatusViewModel status,
                                Messages messages, RelativeTime times, Clock clock) {
        this.sync = sync;
        this.accounts = accounts;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.rowTexts = new ConnectionRows(messages, times);
        this.commands = new ConnectionCommands(sync, accounts, tasks, status, messages);
        attention = Bindings.createBooleanBinding(() -> rows.stream().anyMatch(ConnectionRow::needsAttention), rows);
        artist.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                rows.clear(); // not the previous artist's accounts under this one's name while reading
                loaded.set(false);
                reread();
            }
        });
    }

    /** Follows the engine's snapshots and refreshes the relative times every minute; call on the FX thread. */
    public void start(FxExecutor fx, Delay delay) {
        subscription.hold(sync.subscribe(new LatestOnFx<>(fx, this::snapshot)));
        tasks.run(progress -> sync.status(), this::snapshot, this::failed);
        tick(delay);
    }

    private void tick(Delay delay) {
        stopTicking = delay.schedule(TICK, () -> {
            rebuild();
            tick(delay);
        });
    }

    /** Stops following the engine. */
    public void close() {
        stopTicking.run();
        subscription.close();
    }

    /** Reads the artist's accounts again (after an add, or when the artist changed). */
    public void reread() {
        long gen = ++generation;
        Artist current = artist.get();
        listed = List.of();
        if (current == null) {
            rows.clear();
            loaded.set(false);
            return;
        }
        tasks.run(progress -> accounts.list(current.id()), list -> {
            if (gen == generation) {
                listed = list;
                loaded.set(true);
                rebuild();
            }
        }, this::failed);
    }

    /** The engine's newest snapshot; an older one (the first read, overtaken by a published one) is dropped. */
    private void snapshot(SyncStatus snapshot) {
        if (latest == null || !snapshot.at().isBefore(latest.at())) {
            latest = snapshot;
            rebuild();
        }
    }

    /**
     * The listed accounts in their order, each with its newest engine state, then accounts the list missed;
     * archive-only accounts last, after the ones Backline keeps up to date.
     */
    private void rebuild() {
        Artist current = artist.get();
        if (current == null || !loaded.get()) {
            return;
        }
        Map<Long, AccountSyncState> states = new LinkedHashMap<>();
        listed.forEach(listing -> states.put(listing.account().id(), ConnectionRows.idle(listing)));
        if (latest != null) {
            latest.accounts().stream().filter(s -> s.account().artistId() == current.id())
                    .forEach(s -> states.put(s.account().id(), s));
        }
        removed.forEach(states::remove);
        rows.setAll(states.values().stream().map(s -> rowTexts.row(s, clock.instant()))
                .sorted(Comparator.comparing(ConnectionRow::archiveOnly)).toList());
    }

    /** Queues a manual run of the account. */
    public void syncNow(ConnectionRow row) {
        commands.syncNow(row);
    }

    /** Pauses a polled account, or resumes a paused one. */
    public void togglePause(ConnectionRow row) {
        commands.togglePause(row);
    }

    /** Removes a live account; its posts stay in the feed. */
    public void remove(ConnectionRow row) {
        Artist current = artist.get();
        commands.remove(row, current == null ? "" : current.name(), () -> {
            removed.add(row.accountId());
            rebuild();
        });
    }

    /** The question the Remove confirmation asks. */
    public String removeQuestion(ConnectionRow row) {
        return messages.format("connections.remove.question", row.platform().displayName(), row.name(),
                artist.get() == null ? "" : artist.get().name());
    }

    /** A blank Add account form for the selected artist; a saved account shows up in the rows. */
    public AddAccountViewModel addForm() {
        Artist current = artist.get();
        return new AddAccountViewModel(current, accounts, tasks, messages, listing -> {
            status.success(messages.format("connections.added", listing.account().platform().displayName(),
                    ConnectionRows.displayName(listing.account()), current.name(),
                    listing.tokenHint() == null ? "" : listing.tokenHint()));
            reread();
        });
    }

    private void failed(Throwable failure) {
        status.error(Problems.userText(failure, messages));
    }

    /** The artist whose accounts are shown (bound to the roster's selection). */
    public ObjectProperty<Artist> artistProperty() {
        return artist;
    }

    public ObservableList<ConnectionRow> rows() {
        return rows;
    }

    /** True once the selected artist's accounts have been read (the View shows the empty state only then). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Some account of this artist is failing or disconnected. */
    public BooleanBinding attentionProperty() {
        return attention;
    }
}
