package app.backline.app;

import app.backline.domain.Artist;
import app.backline.sync.AttentionNotice;
import app.backline.ui.settings.SettingsFile;
import app.backline.ui.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Manual preview (not a test) of the live sync screens: the PreviewMain library, Aurora Vale's Connections tab
 * with the demo accounts in every state, and on request the Sync runs window, a desktop notice or a dialog.
 * {@code java -Dpreview.dark=true -Dpreview.runs=true -Dpreview.notice=true -Dpreview.dialog=add|network ...
 * app.backline.app.SyncPreviewMain /tmp/sync-preview}
 */
public final class SyncPreviewMain {

    private SyncPreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/backline-sync-preview").toAbsolutePath();
        AppPaths paths = AppPaths.resolve(dir.toString(), Map.of(), "linux", "/tmp");
        if (!Files.exists(paths.databaseBase().resolveSibling("backline.mv.db"))) {
            PreviewMain.fill(paths, dir.resolve("archives"));
        }
        Map<String, Long> ids;
        try (AppContext context = AppContext.open(paths)) {
            ids = context.roster().list().stream().collect(Collectors.toMap(Artist::name, Artist::id));
        }
        new SettingsFile(paths.dataDir()).save(new UiSettings(Boolean.getBoolean("preview.dark"), null,
                ids.get("Aurora Vale")));
        LiveSyncDemo demo = new LiveSyncDemo(Clock.systemUTC(), ids.get("Aurora Vale"), ids.get("The Night Owls"));
        Platform.startup(() -> {
            Stage stage = new Stage();
            new BacklineApp(paths, AppContextLibrary.withLiveSync(demo.sync, demo.accounts, demo.network), null)
                    .start(stage);
            after(2500, () -> arrange(stage, demo));
        });
    }

    /** Once the library is open (the tabs exist): Connections, then whatever was asked for. */
    private static void arrange(Stage stage, LiveSyncDemo demo) {
        TabPane tabs = find(stage, ".artist-tabs", TabPane.class);
        if (tabs == null) {
            after(500, () -> arrange(stage, demo));
            return;
        }
        tabs.getSelectionModel().select(1);
        if (Boolean.getBoolean("preview.runs")) {
            menuItem(stage, "#sync-menu", "sync-runs");
        }
        if (Boolean.getBoolean("preview.notice")) {
            demo.sync.notice(new AttentionNotice(LiveSyncDemo.X, "Aurora Vale", app.backline.domain.Platform.X,
                    "auroravale", "X no longer accepts the access token: reconnect @auroravale",
                    java.time.Instant.now()));
        }
        String dialog = System.getProperty("preview.dialog", "");
        if (dialog.equals("add")) {
            // showAndWait is not allowed inside an animation's handler: a plain FX event instead
            Platform.runLater(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#add-account")).fire());
            after(800, SyncPreviewMain::fillAddForm);
        } else if (dialog.equals("network")) {
            Platform.runLater(() -> menuItem(stage, "#settings-menu", "settings-network"));
        }
    }

    /** Typed into the open Add account dialog: Instagram, a handle, a user id with a typo, a pasted token. */
    @SuppressWarnings("unchecked")
    private static void fillAddForm() {
        javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#account-platform") != null).findFirst().ifPresent(window -> {
                    javafx.scene.Scene scene = window.getScene();
                    ((javafx.scene.control.ComboBox<app.backline.domain.Platform>) scene.lookup("#account-platform"))
                            .setValue(app.backline.domain.Platform.INSTAGRAM);
                    ((javafx.scene.control.TextField) scene.lookup("#account-profile")).setText("@aurora.vale");
                    ((javafx.scene.control.TextField) scene.lookup("#account-user-id")).setText("17841405822304914x");
                    ((javafx.scene.control.TextField) scene.lookup("#account-token"))
                            .setText("IGQWRPa1ZA2example0123456789wxyz");
                });
    }

    private static void menuItem(Stage stage, String menu, String item) {
        find(stage, menu, MenuButton.class).getItems().stream().filter(i -> item.equals(i.getId())).findFirst()
                .orElseThrow().fire();
    }

    private static <T> T find(Stage stage, String selector, Class<T> type) {
        Node node = stage.getScene().lookup(selector);
        return type.cast(node);
    }

    private static void after(long millis, Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(millis));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
