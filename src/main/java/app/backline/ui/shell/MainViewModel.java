package app.backline.ui.shell;

import app.backline.domain.Artist;
import app.backline.export.ExportFormat;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.detail.PostDetailViewModel;
import app.backline.ui.detail.TagEditorViewModel;
import app.backline.ui.exports.ExportViewModel;
import app.backline.ui.feed.FeedFilterViewModel;
import app.backline.ui.feed.FeedViewModel;
import app.backline.ui.imports.ImportViewModel;
import app.backline.ui.roster.RosterViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** The main screen: roster, feed and detail wired together, plus the Import and Export commands. */
public final class MainViewModel {

    private final StatusViewModel status;
    private final RosterViewModel roster;
    private final FeedViewModel feed;
    private final PostDetailViewModel detail;
    private final TagEditorViewModel tagEditor;
    private final ImportViewModel imports;
    private final ExportViewModel exports;
    private final BooleanBinding canImport;
    private final BooleanBinding canExport;
    private final BooleanBinding rosterEmpty;

    public MainViewModel(UiServices services, UiKit kit, StatusViewModel status) {
        this.status = status;
        roster = new RosterViewModel(services.roster(), kit.tasks(), status, kit.messages());
        feed = new FeedViewModel(services.feed(), kit.tasks(),
                new FeedFilterViewModel(kit.delay(), kit.formats().zone()), status, kit.messages());
        detail = new PostDetailViewModel(kit.formats(), kit.messages(), kit.links(), services.dataDir());
        imports = new ImportViewModel(services.importer(), kit.tasks(), status, kit.messages(), this::imported);
        exports = new ExportViewModel(services.exporter(), kit.tasks(), status, kit.messages(), kit.clock());
        feed.artistProperty().bind(roster.selectedProperty());
        detail.postProperty().bind(feed.selectedProperty());
        tagEditor = new TagEditorViewModel(services.feed(), kit.tasks(), status, kit.messages(), feed::postUpdated);
        tagEditor.postProperty().bind(feed.selectedProperty());
        canImport = roster.selectedProperty().isNotNull().and(status.busyProperty().not());
        canExport = canImport.and(feed.stateProperty().isEqualTo(FeedViewModel.State.READY));
        rosterEmpty = roster.loadedProperty().and(Bindings.isEmpty(roster.artists()));
    }

    /** Reads the roster; the first artist's feed follows. */
    public void start() {
        roster.reload();
    }

    private void imported() {
        roster.reload();
        feed.refresh();
    }

    /** Imports a zip file or folder into the selected artist. */
    public void importArchive(Path archive) {
        Artist artist = roster.selectedProperty().get();
        if (artist != null && canImport.get()) {
            imports.importArchive(archive, artist);
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

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
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

    public StatusViewModel status() {
        return status;
    }
}
