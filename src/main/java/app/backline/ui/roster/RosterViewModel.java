package app.backline.ui.roster;

import app.backline.domain.Artist;
import app.backline.roster.RosterService;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The roster on the left: every artist with its post count, the selected one, and the Add, Rename
 * and Remove commands. All store access runs through the {@link TaskRunner}.
 */
public final class RosterViewModel {

    private final RosterService roster;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final ObservableList<Artist> artists = FXCollections.observableArrayList();
    private final ObjectProperty<Artist> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public RosterViewModel(RosterService roster, TaskRunner tasks, StatusViewModel status, Messages messages) {
        this.roster = roster;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
    }

    /** Re-reads the roster, keeping the selection on the same artist (by id) where it still exists. */
    public void reload() {
        reload(null);
    }

    /**
     * Re-reads the roster and selects the artist of {@code artistId} if it is on it, else keeps the
     * current selection where possible, else the first artist.
     */
    public void reload(Long artistId) {
        Long keep = artistId != null ? artistId : selected.get() == null ? null : selected.get().id();
        tasks.run(progress -> roster.list(), list -> show(list, keep), this::failed);
    }

    /** Adds the artist of the form's name and selects it. */
    public void add(ArtistNameForm form) {
        String name = form.trimmedName();
        tasks.run(progress -> roster.add(name), artist -> {
            status.success(messages.format("roster.added", artist.name()));
            refreshSelecting(artist.id());
        }, this::failed);
    }

    public void rename(Artist artist, ArtistNameForm form) {
        String name = form.trimmedName();
        tasks.run(progress -> roster.rename(artist.id(), name), renamed -> {
            status.success(messages.format("roster.renamed", artist.name(), renamed.name()));
            refreshSelecting(renamed.id());
        }, this::failed);
    }

    /** Removes the artist with everything stored for it. */
    public void remove(Artist artist) {
        tasks.run(progress -> {
            roster.remove(artist.id());
            return roster.list();
        }, list -> {
            status.success(messages.format("roster.removed", artist.name(), artist.postCount()));
            show(list, null);
        }, this::failed);
    }

    /** A blank form for the Add dialog. */
    public ArtistNameForm newArtistForm() {
        return new ArtistNameForm(null, this::existingName, messages);
    }

    /** A form holding the artist's name for the Rename dialog. */
    public ArtistNameForm renameForm(Artist artist) {
        return new ArtistNameForm(artist.name(), this::existingName, messages);
    }

    /** The question the Remove confirmation asks, naming the artist and the posts that go with it. */
    public String removeQuestion(Artist artist) {
        return messages.format("roster.remove.question", artist.name(), artist.postCount());
    }

    private Optional<String> existingName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return artists.stream().map(Artist::name).filter(n -> n.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    private void refreshSelecting(long artistId) {
        tasks.run(progress -> roster.list(), list -> show(list, artistId), this::failed);
    }

    private void show(List<Artist> list, Long selectId) {
        artists.setAll(list);
        Artist match = list.stream().filter(a -> selectId != null && a.id() == selectId).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        selected.set(match);
        loaded.set(true);
    }

    private void failed(Throwable failure) {
        status.error(Problems.userText(failure, messages));
    }

    public ObservableList<Artist> artists() {
        return artists;
    }

    /** The artist whose feed is shown; the View keeps it in sync with the list's selection. */
    public ObjectProperty<Artist> selectedProperty() {
        return selected;
    }

    /** False until the roster has been read once (the View shows nothing rather than the empty state). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
