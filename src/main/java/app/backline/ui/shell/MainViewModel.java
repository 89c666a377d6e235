package app.backline.ui.shell;

import app.backline.domain.Artist;
import app.backline.export.ExportFormat;
import app.backline.ui.backups.BackupViewModel;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.detail.PostDetailViewModel;
import app.backline.ui.detail.TagEditorViewModel;
import app.backline.ui.exports.CopyViewModel;
import app.backline.ui.exports.ExportViewModel;
import app.backline.ui.feed.FeedFilterViewModel;
import app.backline.ui.feed.FeedViewModel;
import app.backline.ui.fx.TextClipboard;
import app.backline.ui.imports.ImportViewModel;
import app.backline.ui.roster.RosterViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main screen: roster, the artist's posts or connections, and detail wired together, plus the
 * toolbar's commands and the live sync parts.
 */
public final class MainViewModel {

    /** What the centre shows for the selected artist. */
    public enum ArtistTab { POSTS, CONNECTIONS }

    private final StatusViewModel status;
    private final RosterViewModel roster;
    private final FeedViewModel feed;
    private final PostDetailViewModel detail;
    private final TagEditorViewModel tagEditor;
    private final ImportViewModel imports;
    private final ExportViewModel exports;
    private final CopyViewModel copy;
    private final BackupViewModel backups;
    private final BooleanBinding canImport;
    private final BooleanBinding canExport;
    private final BooleanBinding canCopy;
    private final BooleanBinding rosterEmpty;
    private final LiveSyncModels live;
    private final ObjectProperty<ArtistTab> tab = new SimpleObjectProperty<>(ArtistTab.POSTS);

    public MainViewModel(UiServices services, UiKit kit, StatusViewModel status, TextClipboard clipboard) {
        this.status = status;
        roster = new RosterViewModel(services.roster(), kit.tasks(), status, kit.messages());
        feed = new FeedViewModel(services.feed(), kit.tasks(),
                new FeedFilterViewModel(kit.delay(), kit.formats().zone()), status, kit.messages());
        detail = new PostDetailViewModel(kit.formats(), kit.messages(), kit.links(), services.dataDir());
        tagEditor = new TagEditorViewModel(services.feed(), kit.tasks(), status, kit.messages(), feed::postUpdated);
        imports = new ImportViewModel(services.importer(), kit.tasks(), status, kit.messages(), this::reread);
        exports = new ExportViewModel(services.exporter(), kit.tasks(), status, kit.messages(), kit.clock());
        copy = new CopyViewModel(services.copier(), clipboard, kit.tasks(), status, kit.messages());
        backups = new BackupViewModel(services.backups(), kit.tasks(), status, kit.messages(), kit.formats(),
                this::reread);
        detail.postProperty().bind(feed.selectedProperty());
        tagEditor.postProperty().bind(feed.selectedProperty());
        canImport = roster.selectedProperty().isNotNull().and(status.busyProperty().not());
        canExport = canImport.and(feed.stateProperty().isEqualTo(FeedViewModel.State.READY));
        canCopy = Bindings.createBooleanBinding(() -> roster.selectedProperty().get() != null
                && roster.selectedProperty().get().postCount() > 0, roster.selectedProperty());
        rosterEmpty = roster.loadedProperty().and(Bindings.isEmpty(roster.artists()));
        live = new LiveSyncModels(services, kit, status, roster);
    }

    /**
     * The feed follows the roster's selection from now on. Called once the roster is on screen: the first page
     * is the first read that needs Hibernate, whose bootstrap would otherwise slow the roster down.
     */
    public void showFeed() {
        feed.artistProperty().bind(roster.selectedProperty());
    }

    /** Starts following the sync engine (connections, status bar, runs, notices); on the FX thread. */
    public void startLiveSync() {
        live.start();
    }

    /** Stops following the sync engine; before the library closes. */
    public void close() {
        live.close();
    }

    /** Selects the account's artist and shows its connections (a desktop notification was clicked). */
    public void openConnections(long accountId, String artistName) {
        live.artistOf(accountId, artistName).ifPresent(this::showConnections);
    }

    /** Shows the connections of the first artist with an account that needs attention (status bar). */
    public void openAttention() {
        live.summary().attentionArtist().ifPresent(this::showConnections);
    }

    private void showConnections(long artistId) {
        roster.artists().stream().filter(artist -> artist.id() == artistId).findFirst()
                .ifPresentOrElse(roster.selectedProperty()::set, () -> roster.reload(artistId));
        tab.set(ArtistTab.CONNECTIONS);
    }

    /** Reads the roster, selecting the artist of {@code artistId} if still there (else the first one). */
    public void start(Long artistId) {
        roster.reload(artistId);
    }

    /** After an import or a restore: the roster's counts and the feed are read again. */
    private void reread() {
        roster.reload();
        feed.refresh();
    }

    /** Imports zip files or folders, in turn, into {@code target} ({@code null}: the selected artist). */
    public void importArchives(List<Path> archives, Artist target) {
        Artist artist = target != null ? target : roster.selectedProperty().get();
        if (artist != null && !archives.isEmpty() && !status.busyProperty().get()) {
            imports.importArchives(archives, artist);
        }
    }

    /** The save dialog's proposal for exporting the selected artist. */
    public String suggestedExportName(ExportFormat format) {
        return exports.suggestedFileName(roster.selectedProperty().get(), format);
    }

    /** Exports the selected artist's feed exactly as filtered on screen. */
    public void export(ExportFormat format, Path file) {
        Artist artist = roster.selectedProperty().get();
        if (artist != null && canExport.get()) {
            exports.export(artist, feed.filters().filterProperty().get(), format, file);
        }
    }

    /** Puts the selected artist's newest posts on the clipboard as a table. */
    public void copyNewest() {
        if (canCopy.get()) {
            copy.copyNewest(roster.selectedProperty().get());
        }
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public BooleanBinding canCopyProperty() {
        return canCopy;
    }

    /** True once the roster has been read and has nobody on it. */
    public BooleanBinding rosterEmptyProperty() {
        return rosterEmpty;
    }

    public RosterViewModel roster() {
        return roster;
    }

    public FeedViewModel feed() {
        return feed;
    }

    public PostDetailViewModel detail() {
        return detail;
    }

    public TagEditorViewModel tagEditor() {
        return tagEditor;
    }

    public BackupViewModel backups() {
        return backups;
    }

    public StatusViewModel status() {
        return status;
    }

    /** Posts or Connections, for the selected artist. */
    public ObjectProperty<ArtistTab> tabProperty() {
        return tab;
    }

    public LiveSyncModels live() {
        return live;
    }
}
