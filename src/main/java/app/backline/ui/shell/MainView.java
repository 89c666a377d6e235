package app.backline.ui.shell;

import app.backline.ui.backups.BackupMenu;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.AppStyles;
import app.backline.ui.connections.DesktopNotifier;
import app.backline.ui.common.EmptyState;
import app.backline.ui.common.FilePicker;
import app.backline.ui.common.Formats;
import app.backline.ui.detail.PostDetailView;
import app.backline.ui.exports.ExportButton;
import app.backline.ui.fx.Delay;
import app.backline.ui.fx.FxOnce;
import app.backline.ui.fx.Messages;
import app.backline.ui.imports.ArchiveDrop;
import app.backline.ui.imports.ImportButton;
import app.backline.ui.network.ProxyDialog;
import app.backline.ui.roster.RosterView;
import app.backline.ui.syncruns.SyncRunsWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The roster comes first: posts, connections and detail ({@link ArtistWorkspace}) are built once it is on
 * screen (or after {@link #WORKSPACE_AT_LATEST} if reading it takes longer).
 */
public final class MainView extends SplitPane {

    /** When the workspace is built even if the roster has not been read yet (e.g. the read failed). */
    static final Duration WORKSPACE_AT_LATEST = Duration.ofSeconds(1);

    private final MainViewModel model;
    private final RosterView roster;
    private final Formats formats;
    private final Path dataDir;
    private final StackPane centre;
    private final StackPane detailSlot = new StackPane();
    private final ImportButton importButton;
    private final ExportButton exportButton;
    private final Button copyButton;
    private final BackupMenu backupMenu;
    private final SyncRunsWindow runsWindow;
    private final Messages messages;
    private final SyncMenu syncMenu;
    private final SettingsMenu settingsMenu;
    private double detailDivider = 0.71;
    private ArtistWorkspace workspace;
    private final List<Runnable> afterWorkspace = new ArrayList<>();

    /** @param delay schedules the workspace's latest build time */
    public MainView(MainViewModel model, Messages messages, Formats formats, FilePicker picker, Path dataDir,
                    Delay delay) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.dataDir = dataDir;
        getStyleClass().add("main-split");
        roster = new RosterView(model.roster(), messages, formats, () -> !model.status().busyProperty().get(),
                (artist, archives) -> model.importArchives(archives, artist));
        importButton = new ImportButton(messages, picker, model.canImportProperty(),
                archives -> model.importArchives(archives, null));
        exportButton = new ExportButton(messages, picker, model.canExportProperty(), model::suggestedExportName,
                model::export);
        copyButton = copyButton(messages);
        backupMenu = new BackupMenu(model.backups(), messages, formats, model.status().busyProperty());
        LiveSyncModels live = model.live();
        runsWindow = new SyncRunsWindow(live.runs(), messages, this::dress);
        DesktopNotifier notifier = new DesktopNotifier(() -> getScene() == null ? null : getScene().getWindow(),
                notice -> model.openConnections(notice.accountId(), notice.artistName()));
        live.notices().setOnNotice(notifier::show);
        syncMenu = new SyncMenu(messages, live.summary()::syncAll, this::showRuns);
        settingsMenu = new SettingsMenu(messages, this::showNetwork);
        centre = new StackPane(welcome(model, messages));
        centre.getStyleClass().add("centre");
        detailSlot.getStyleClass().add("detail"); // the detail pane's look until it is built
        getItems().addAll(roster, centre, detailSlot);
        setDividerPositions(0.2, 0.71);
        SplitPane.setResizableWithParent(roster, false);
        SplitPane.setResizableWithParent(detailSlot, false);
        ArchiveDrop.install(this, () -> model.canImportProperty().get(),
                archives -> model.importArchives(archives, null));
        sceneProperty().subscribe(this::installShortcuts);
        Runnable cancelLatest = delay.schedule(WORKSPACE_AT_LATEST, this::buildWorkspace);
        FxOnce.whenTrue(model.roster().loadedProperty(), () -> {
            cancelLatest.run();
            if (getScene() == null) {
                buildWorkspace();
            } else {
                FxOnce.afterNextLayout(getScene(), this::buildWorkspace);
            }
        });
    }

    /** Puts the posts, connections and detail in place (once). */
    private void buildWorkspace() {
        if (workspace != null) {
            return;
        }
        workspace = ArtistWorkspace.build(model, messages, formats, dataDir, this::chooseArchives);
        centre.getChildren().add(0, workspace.tabs());
        getItems().remove(detailSlot);
        PostDetailView detail = workspace.detail();
        SplitPane.setResizableWithParent(detail, false);
        model.tabProperty().subscribe(tab -> showDetail(detail, tab == MainViewModel.ArtistTab.POSTS));
        afterWorkspace.forEach(Runnable::run);
        afterWorkspace.clear();
    }

    /**
     * Runs {@code action} once the roster is on screen and the rest of the main screen built (at once if it
     * is): what can wait for the roster, e.g. work that needs Hibernate, whose start would slow the roster.
     */
    public void afterRosterShown(Runnable action) {
        if (workspace != null) {
            action.run();
        } else {
            afterWorkspace.add(action);
        }
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
            if (workspace != null) {
                workspace.feed().focusSearch();
            }
        });
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> model.tabProperty().set(MainViewModel.ArtistTab.POSTS));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> {
            model.tabProperty().set(MainViewModel.ArtistTab.CONNECTIONS);
            if (workspace != null) {
                workspace.connections().focusFirst();
            }
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
