package app.backline.app;

import static app.backline.app.FlowSupport.rosterCell;
import static app.backline.app.FlowSupport.selectedArtist;
import static app.backline.app.FlowSupport.status;
import static app.backline.app.FlowSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.accounts.AccountListing;
import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRunStatus;
import app.backline.network.ProxySettings;
import app.backline.sync.AttentionNotice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live sync screens on a real library with the in-memory engine of {@link LiveSyncDemo}: Aurora Vale's
 * accounts READY, SYNCING, ERROR and DISCONNECTED side by side; Sync now, Pause and Add account clicked; a
 * desktop notice opening the artist's connections; the Sync runs window filtered by status.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsFlowTest {

    private BacklineApp app;
    private LiveSyncDemo demo;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("backline-connections-flow");
        AppPaths paths = FlowSupport.paths(dir);
        FlowSupport.fill(paths, Map.of("Aurora Vale", FlowSupport.xArchive(dir.resolve("x"), "auroravale", 12)),
                "The Night Owls");
        Map<String, Long> ids;
        try (AppContext context = AppContext.open(paths)) {
            ids = context.roster().list().stream().collect(java.util.stream.Collectors.toMap(Artist::name,
                    Artist::id));
        }
        demo = new LiveSyncDemo(Clock.systemUTC(), ids.get("Aurora Vale"), ids.get("The Night Owls"));
        app = new BacklineApp(paths, AppContextLibrary.withLiveSync(demo.sync, demo.accounts, demo.network),
                new FlowSupport.NoPicker());
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
    }

    private static String badge(FxRobot robot, long accountId) {
        return robot.lookup("#connection-" + accountId + " .badge").queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openConnections(FxRobot robot) throws Exception {
        waitFor(() -> selectedArtist(robot) != null && selectedArtist(robot).name().equals("Aurora Vale"));
        // the tab header is made by the tab pane's skin, which a loaded machine may not have laid out yet
        waitFor(() -> robot.lookup("#tab-connections").tryQuery().isPresent());
        robot.clickOn("#tab-connections");
        waitFor(() -> robot.lookup("#connection-" + LiveSyncDemo.X).tryQuery().isPresent());
    }

    @Test
    void everyStateSideBySideThenSyncNowPauseAndAddAccount(FxRobot robot) throws Exception {
        openConnections(robot);
        assertEquals("Up to date", badge(robot, LiveSyncDemo.IG));
        assertEquals("Syncing", badge(robot, LiveSyncDemo.TIKTOK));
        assertEquals("Sync failed", badge(robot, LiveSyncDemo.YOUTUBE));
        assertEquals("Disconnected", badge(robot, LiveSyncDemo.X));
        assertEquals("Imported archive", badge(robot, LiveSyncDemo.IG_ARCHIVE));
        assertTrue(text(robot, "#connection-" + LiveSyncDemo.IG + " .connection-meta")
                .contains("Last synced 5 min ago"));
        assertEquals("Backfill: 240 posts so far", text(robot, "#connection-" + LiveSyncDemo.TIKTOK
                + " .connection-activity"));
        assertTrue(text(robot, "#connection-" + LiveSyncDemo.X + " .connection-reconnect")
                .startsWith("To reconnect, create a new access token"));
        assertTrue(robot.lookup("#connection-" + LiveSyncDemo.X + " .sync-now").queryButton().isDisabled());
        assertFalse(robot.lookup("#connection-" + LiveSyncDemo.IG_ARCHIVE + " .sync-now").queryButton().getParent()
                .isVisible(), "an imported archive has no sync actions");
        assertEquals("Syncing 1 account…", robot.lookup("#sync-summary").queryButton().getText());

        demo.sync.holdRuns(true);
        robot.clickOn("#connection-" + LiveSyncDemo.YOUTUBE + " .sync-now");
        waitFor(() -> badge(robot, LiveSyncDemo.YOUTUBE).equals("Syncing"));
        assertEquals("Syncing YouTube @AuroraValeMusic now…", status(robot));
        assertEquals("Syncing 2 accounts…", robot.lookup("#sync-summary").queryButton().getText());
        demo.sync.finishRuns();
        waitFor(() -> badge(robot, LiveSyncDemo.YOUTUBE).equals("Up to date"));
        assertTrue(text(robot, "#connection-" + LiveSyncDemo.YOUTUBE + " .connection-meta")
                .contains("Last synced just now"));

        robot.clickOn("#connection-" + LiveSyncDemo.IG + " .pause");
        waitFor(() -> robot.lookup("#connection-" + LiveSyncDemo.IG + " .pause").queryButton().getText()
                .equals("Resume"));
        assertTrue(text(robot, "#connection-" + LiveSyncDemo.IG + " .connection-meta").contains("Paused"));
        assertTrue(demo.sync.state(LiveSyncDemo.IG).paused());

        addTikTokAccount(robot);
    }

    private void addTikTokAccount(FxRobot robot) throws Exception {
        robot.clickOn("#add-account");
        robot.clickOn("#account-platform");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node node) ->
                "TikTok".equals(((javafx.scene.control.ListCell<?>) node).getText())).queryAs(Node.class));
        robot.clickOn("#account-profile").write("@aurora.live");
        robot.clickOn("#account-token").write("act.example0123456789wxyz");
        robot.clickOn("#add-account-save");
        waitFor(() -> demo.accounts.list(null).stream().anyMatch(l -> "aurora.live".equals(l.account().handle())));
        AccountListing added = demo.accounts.list(null).stream()
                .filter(l -> "aurora.live".equals(l.account().handle())).findFirst().orElseThrow();
        assertEquals(Platform.TIKTOK, added.account().platform());
        assertEquals("act.example0123456789wxyz", demo.accounts.token(added.account().id()));
        long id = added.account().id();
        waitFor(() -> robot.lookup("#connection-" + id).tryQuery().isPresent());
        assertEquals("Waiting", badge(robot, id));
        assertTrue(text(robot, "#connection-" + id + " .connection-meta").contains("Token …wxyz"));
        assertTrue(status(robot).startsWith("Connected TikTok @aurora.live for Aurora Vale (token …wxyz)"),
                status(robot));

        robot.clickOn("#add-account");
        robot.clickOn("#account-platform");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node node) ->
                "TikTok".equals(((javafx.scene.control.ListCell<?>) node).getText())).queryAs(Node.class));
        robot.clickOn("#account-profile").write("aurora.live");
        robot.clickOn("#account-token").write("act.another0123456789abcd");
        robot.clickOn("#add-account-save");
        waitFor(() -> text(robot, "#account-save-problem").equals("TikTok @aurora.live is already connected for "
                + "Aurora Vale"));
        assertTrue(robot.lookup("#account-token").tryQuery().isPresent(), "the dialog stays open");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#account-token").tryQuery().isEmpty());
    }

    /** Clicks the artist in the roster; once more if the first click came while the window was still settling. */
    private static void selectArtist(FxRobot robot, String name) throws Exception {
        waitFor(() -> rosterCell(robot, name) != null);
        for (int attempt = 0; attempt < 3 && (selectedArtist(robot) == null
                || !name.equals(selectedArtist(robot).name())); attempt++) {
            robot.clickOn(rosterCell(robot, name));
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(() -> selectedArtist(robot).name().equals(name));
    }

    @Test
    void aNoticeOpensTheArtistsConnectionsAndTheRunsWindowFilters(FxRobot robot) throws Exception {
        selectArtist(robot, "The Night Owls");
        demo.sync.notice(new AttentionNotice(LiveSyncDemo.X, "Aurora Vale", Platform.X, "auroravale",
                "X no longer accepts the access token: reconnect @auroravale", Instant.now()));
        waitFor(() -> robot.lookup(".notification-bar").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                .isPresent());
        robot.clickOn(".notification-bar");
        waitFor(() -> selectedArtist(robot).name().equals("Aurora Vale"));
        waitFor(() -> robot.lookup(".artist-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 1);
        waitFor(() -> robot.lookup("#connection-" + LiveSyncDemo.X).tryQuery().isPresent());
        robot.clickOn("#connection-" + LiveSyncDemo.X + " .remove");
        robot.clickOn("#remove-account-confirm");
        waitFor(() -> robot.lookup("#connection-" + LiveSyncDemo.X).tryQuery().isEmpty());
        assertEquals("Removed X @auroravale from Aurora Vale; its posts stay in the feed", status(robot));
        assertTrue(demo.sync.state(LiveSyncDemo.X) == null);

        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#runs-table").tryQuery().isPresent()
                && robot.lookup("#runs-table").queryAs(TableView.class).getItems().size() == 9);
        robot.clickOn("#runs-status");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node node) ->
                "Failed".equals(((javafx.scene.control.ListCell<?>) node).getText())).queryAs(Node.class));
        waitFor(() -> robot.lookup("#runs-table").queryAs(TableView.class).getItems().size() == 2);
        demo.sync.record(LiveSyncDemo.YOUTUBE, SyncMode.POLL, Instant.now(),
                java.time.Duration.ofSeconds(2), SyncRunStatus.FAILED, 0, 0, 1, "quota");
        robot.clickOn("#runs-table").press(KeyCode.F5).release(KeyCode.F5);
        waitFor(() -> robot.lookup("#runs-table").queryAs(TableView.class).getItems().size() == 3);
        Button refresh = robot.lookup("#runs-refresh").queryButton();
        assertFalse(refresh.isDisabled());
    }

    @Test
    void networkSettingsSaveAManualProxy(FxRobot robot) throws Exception {
        waitFor(() -> selectedArtist(robot) != null);
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#network-mode-manual").tryQuery().isPresent());
        robot.clickOn("#network-mode-manual");
        robot.clickOn("#network-host").write("http://proxy.label.example");
        assertTrue(robot.lookup("#network-save").queryButton().isDisabled(), "a scheme is refused");
        robot.doubleClickOn("#network-host").eraseText(26).write("proxy.label.example");
        robot.clickOn("#network-port").write("3128");
        robot.clickOn("#network-save");
        waitFor(() -> !demo.network.saved().isEmpty());
        assertEquals(new ProxySettings(ProxySettings.Mode.MANUAL, ProxySettings.Kind.HTTP, "proxy.label.example",
                3128, null, null),
                demo.network.proxy());
        waitFor(() -> robot.lookup("#network-host").tryQuery().isEmpty());
        assertEquals("Backline now connects through the manual proxy", status(robot));
    }
}
