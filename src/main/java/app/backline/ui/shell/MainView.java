package app.backline.ui.shell;

import app.backline.ui.backups.BackupMenu;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.AppStyles;
import app.backline.ui.connections.ConnectionsView;
import app.backline.ui.connections.DesktopNotifier;
import app.backline.ui.common.EmptyState;
import app.backline.ui.common.FilePicker;
import app.backline.ui.common.Formats;
import app.backline.ui.detail.PostDetailView;
import app.backline.ui.exports.ExportButton;
import app.backline.ui.feed.FeedView;
import app.backline.ui.fx.Messages;
import app.backline.ui.imports.ArchiveDrop;
import app.backline.ui.imports.ImportButton;
import app.backline.ui.network.ProxyDialog;
import app.backline.ui.roster.RosterView;
import app.backline.ui.syncruns.SyncRunsWindow;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * Roster | the artist's posts or connections | detail in a split pane, the toolbar's commands (import, export,
 * copy; sync, backups, settings), archives dropped on the window, desktop notices, and the keyboard shortcuts.
 */
public final class MainView extends SplitPane {

    private final MainViewModel model;
    private final RosterView roster;
    private final FeedView feed;
    private final ImportButton importButton;
    private final ExportButton exportButton;
    private final Button copyButton;
    private final BackupMenu backupMenu;
    private final ConnectionsView connections;
    private final ArtistTabs tabs;
    private final SyncRunsWindow runsWindow;
    private final Messages messages;
    private final SyncMenu syncMenu;
    private final SettingsMenu settingsMenu;
    private double detailDivider = 0.71;

    public MainView(MainViewModel model, Messages messages, Formats formats, FilePicker picker, Path dataDir) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("main-split");
        roster = new RosterView(model.roster(), messages, formats, () -> !model.status().busyProperty().get(),
                (artist, archives) -> model.importArchives(archives, artist));
        importButton = new ImportButton(messages, picker, model.canImportProperty(),
                archives -> model.importArchives(archives, null));
        exportButton = new ExportButton(messages, picker, model.canExportProperty(), model::suggestedExportName,
                model::export);
        copyButton = copyButton(messages);
        backupMenu = new BackupMenu(model.backups(), messages, formats, model.status().busyProperty());
        PostDetailView detail = new PostDetailView(model.detail(), model.tagEditor(), messages, formats);
        feed = new FeedView(model.feed(), messages, formats, dataDir, this::chooseArchives, detail::focusContent);
        detail.setOnLeave(feed::focusList);
        LiveSyncModels live = model.live();
        connections = new ConnectionsView(live.connections(), messages);
        tabs = new ArtistTabs(feed, connections, live.connections().attentionProperty(), messages);
        tabs.bind(model.tabProperty());
        tabs.visibleProperty().bind(model.rosterEmptyProperty().not());
        runsWindow = new SyncRunsWindow(live.runs(), messages, this::dress);
        DesktopNotifier notifier = new DesktopNotifier(() -> getScene() == null ? null : getScene().getWindow(),
                notice -> model.openConnections(notice.accountId(), notice.artistName()));
        live.notices().setOnNotice(notifier::show);
        syncMenu = new SyncMenu(messages, live.summary()::syncAll, this::showRuns);
        settingsMenu = new SettingsMenu(messages, this::showNetwork);
        StackPane centre = new StackPane(tabs, welcome(model, messages));
        centre.getStyleClass().add("centre");
        getItems().addAll(roster, centre, detail);
        setDividerPositions(0.2, 0.71);
        SplitPane.setResizableWithParent(roster, false);
        SplitPane.setResizableWithParent(detail, false);
        model.tabProperty().subscribe(tab -> showDetail(detail, tab == MainViewModel.ArtistTab.POSTS));
        ArchiveDrop.install(this, () -> model.canImportProperty().get(),
                archives -> model.importArchives(archives, null));
        sceneProperty().subscribe(this::installShortcuts);
    }

    /** The post detail belongs to the Posts tab; Connections gets its width. */
    private void showDetail(PostDetailView detail, boolean shown) {
        if (shown && !getItems().contains(detail)) {
            getItems().add(detail);
            setDividerPositions(getDividerPositions()[0], detailDivider);
        } else if (!shown && getItems().contains(detail)) {
            detailDivider = getDividerPositions()[1];
            getItems().remove(detail);
        }
    }

    /** "Import an archive…" in the empty feed. */
    private void chooseArchives() {
        if (!importButton.isDisabled()) {
            importButton.chooseZip();
        }
    }

    private Button copyButton(Messages messages) {
        Button copy = new Button(messages.text("copy.button"), AppIcon.COPY.icon());
        copy.setId("copy-button");
        copy.setTooltip(new Tooltip(messages.text("copy.button.tip")));
        copy.setOnAction(event -> model.copyNewest());
        copy.disableProperty().bind(model.canCopyProperty().not());
        return copy;
    }

    /** "Add your first artist", in place of the feed while the roster is empty. */
    private EmptyState welcome(MainViewModel model, Messages messages) {
        EmptyState welcome = new EmptyState(AppIcon.MUSIC, messages.text("shell.welcome.title"),
                messages.text("shell.welcome.body"))
                .withAction(AppIcon.ADD, messages.text("shell.welcome.action"), roster::promptAdd);
        welcome.setId("welcome");
        welcome.visibleProperty().bind(model.rosterEmptyProperty());
        return welcome;
    }

    /** The toolbar actions that belong to this screen, left of the spacer. */
    public Node[] toolbarActions() {
        return new Node[] {importButton, exportButton, copyButton};
    }

    /** The toolbar actions at the right end, before the theme switch. */
    public Node[] toolbarTrailing() {
        return new Node[] {syncMenu, backupMenu, settingsMenu};
    }

    /** The sync summary for the status bar. */
    public Node syncStatus() {
        return new SyncStatusView(model.live().summary(), messages, model::openAttention, this::showRuns);
    }

    /** Opens the Sync runs window (Ctrl+J). */
    public void showRuns() {
        runsWindow.show(getScene().getWindow());
    }

    /** Opens Settings → Network (Ctrl+,). */
    public void showNetwork() {
        new ProxyDialog(model.live().proxyForm(), messages, getScene().getWindow()).showAndWait();
    }

    /** Another window of the app: the stylesheet, and the main window's theme as it changes. */
    private void dress(Scene other) {
        AppStyles.apply(other);
        Themes.follow(getScene(), other);
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), roster::promptAdd);
        accelerators.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!importButton.isDisabled()) {
                importButton.show();
            }
        });
        accelerators.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!exportButton.isDisabled()) {
                exportButton.show();
            }
        });
        accelerators.put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), model::copyNewest);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            model.tabProperty().set(MainViewModel.ArtistTab.POSTS);
            feed.focusSearch();
        });
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> model.tabProperty().set(MainViewModel.ArtistTab.POSTS));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> {
            model.tabProperty().set(MainViewModel.ArtistTab.CONNECTIONS);
            connections.focusFirst();
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::rosterKeys);
    }

    /** F2 and Delete act on the roster unless the user is typing somewhere. */
    private void rosterKeys(KeyEvent event) {
        if (event.isConsumed() || event.getTarget() instanceof TextInputControl) {
            return;
        }
        if (event.getCode() == KeyCode.F2) {
            roster.promptRename();
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE) {
            roster.promptRemove();
            event.consume();
        }
    }
}
