package app.backline.ui.syncruns;

import app.backline.domain.Artist;
import app.backline.domain.SyncRunStatus;
import app.backline.sync.AccountSyncState;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncRunQuery;
import app.backline.sync.SyncStatus;
import app.backline.ui.common.AccountNames;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.LatestOnFx;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.fx.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Sync runs view: recorded runs, newest first, filtered by artist, account and status (the store does
 * the filtering). Read again when a filter changes, on F5, and while shown, whenever a run starts or ends.
 */
public final class SyncRunsViewModel {

    /** Runs shown at most; the newest ones. */
    static final int LIMIT = 500;

    private final SyncControl sync;
    private final TaskRunner tasks;
    private final Messages messages;
    private final SyncRunRows rowTexts;
    private final ObservableList<Artist> roster;
    private final ObservableList<FilterChoice<Long>> artistChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<Long>> accountChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<SyncRunStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice<Long>> artist = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<Long>> account = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice<SyncRunStatus>> status = new SimpleObjectProperty<>();
    private final ObservableList<SyncRunRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private List<AccountSyncState> accounts = List.of();
    private Set<Long> running = Set.of();
    private java.time.Instant latestAt = java.time.Instant.EPOCH;
    private boolean active;
    private long generation;
    private final Subscription subscription = new Subscription();

    /** @param roster the roster's artists, for the artist filter */
    public SyncRunsViewModel(SyncControl sync, TaskRunner tasks, Messages messages, Formats formats,
                             ObservableList<Artist> roster) {
        this.sync = sync;
        this.tasks = tasks;
        this.messages = messages;
        this.rowTexts = new SyncRunRows(messages, formats);
        this.roster = roster;
        statusChoices.add(new FilterChoice<>(null, messages.text("runs.filter.allStatuses")));
        for (SyncRunStatus s : SyncRunStatus.values()) {
            statusChoices.add(new FilterChoice<>(s, messages.text("runs.status." + s)));
        }
        status.set(statusChoices.get(0));
        roster.addListener((ListChangeListener<Artist>) change -> artistsChanged());
        artistsChanged();
        artist.addListener((obs, old, now) -> {
            accountsChanged();
            refreshIfActive();
        });
        account.addListener((obs, old, now) -> refreshIfActive());
        status.addListener((obs, old, now) -> refreshIfActive());
    }

    /** Follows the engine's snapshots (accounts for the filter, runs starting and ending); on the FX thread. */
    public void start(FxExecutor fx) {
        subscription.hold(sync.subscribe(new LatestOnFx<>(fx, this::snapshot)));
    }

    public void close() {
        subscription.close();
    }

    /** The view is shown (reads the runs now and on every run that starts or ends) or hidden. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown) {
            tasks.run(progress -> sync.status(), this::snapshot, this::failed);
            refresh();
        }
    }

    /** Reads the runs matching the filters (F5). */
    public void refresh() {
        long gen = ++generation;
        SyncRunQuery query = new SyncRunQuery(value(artist), value(account), value(status), LIMIT);
        tasks.run(progress -> sync.runs(query), runs -> {
            if (gen == generation) {
                problem.set("");
                rows.setAll(runs.stream().map(rowTexts::row).toList());
            }
        }, this::failed);
    }

    private void refreshIfActive() {
        if (active) {
            refresh();
        }
    }

    private void snapshot(SyncStatus snapshot) {
        if (snapshot.at().isBefore(latestAt)) {
            return; // an older read, overtaken by a snapshot the engine published meanwhile
        }
        latestAt = snapshot.at();
        accounts = snapshot.accounts();
        accountsChanged();
        Set<Long> nowRunning = snapshot.accounts().stream().filter(AccountSyncState::running)
                .map(s -> s.account().id()).collect(Collectors.toSet());
        if (!nowRunning.equals(running)) {
            running = nowRunning;
            refreshIfActive();
        }
    }

    private void artistsChanged() {
        List<FilterChoice<Long>> choices = new ArrayList<>();
        choices.add(new FilterChoice<>(null, messages.text("runs.filter.allArtists")));
        roster.forEach(a -> choices.add(new FilterChoice<>(a.id(), a.name())));
        replaceKeepingChoice(artistChoices, choices, artist);
    }

    private void accountsChanged() {
        Long artistId = value(artist);
        List<FilterChoice<Long>> choices = new ArrayList<>();
        choices.add(new FilterChoice<>(null, messages.text("runs.filter.allAccounts")));
        accounts.stream().filter(s -> artistId == null || s.account().artistId() == artistId)
                .forEach(s -> choices.add(new FilterChoice<>(s.account().id(), accountLabel(s, artistId == null))));
        replaceKeepingChoice(accountChoices, choices, account);
    }

    private String accountLabel(AccountSyncState s, boolean withArtist) {
        String name = s.account().platform().displayName() + " "
                + AccountNames.of(s.account().platform(), s.account().handle());
        return withArtist ? messages.format("runs.filter.accountOf", name, s.artistName()) : name;
    }

    /** New choices; the chosen value stays chosen if it is still offered, else "all". */
    private static <T> void replaceKeepingChoice(ObservableList<FilterChoice<T>> list, List<FilterChoice<T>> choices,
                                                 ObjectProperty<FilterChoice<T>> chosen) {
        if (list.equals(choices)) {
            return;
        }
        T keep = chosen.get() == null ? null : chosen.get().value();
        list.setAll(choices);
        chosen.set(choices.stream().filter(c -> Objects.equals(c.value(), keep)).findFirst().orElse(choices.get(0)));
    }

    private static <T> T value(ObjectProperty<FilterChoice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    private void failed(Throwable failure) {
        problem.set(Problems.userText(failure, messages));
    }

    public ObservableList<FilterChoice<Long>> artistChoices() {
        return artistChoices;
    }

    public ObservableList<FilterChoice<Long>> accountChoices() {
        return accountChoices;
    }

    public ObservableList<FilterChoice<SyncRunStatus>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<FilterChoice<Long>> artistProperty() {
        return artist;
    }

    public ObjectProperty<FilterChoice<Long>> accountProperty() {
        return account;
    }

    public ObjectProperty<FilterChoice<SyncRunStatus>> statusProperty() {
        return status;
    }

    public ObservableList<SyncRunRow> rows() {
        return rows;
    }

    /** Why the runs could not be read, empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
