package app.backline.app;

import static app.backline.app.FlowSupport.feed;
import static app.backline.app.FlowSupport.roster;
import static app.backline.app.FlowSupport.selectedArtist;
import static app.backline.app.FlowSupport.status;
import static app.backline.app.FlowSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.backup.BackupInfo;
import app.backline.domain.Artist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Back up now, change the library, restore the backup: the roster and the feed come back as they were. */
@ExtendWith(ApplicationExtension.class)
class BackupFlowTest {

    private Path dir;
    private BacklineApp app;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("backline-backup-flow");
        AppPaths paths = FlowSupport.paths(dir);
        FlowSupport.fill(paths, Map.of("Ada", FlowSupport.xArchive(dir.resolve("ada-x"), "ada", 12)));
        app = new BacklineApp(paths, new FlowSupport.NoPicker());
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
    }

    @Test
    void backUpNowThenRestoreThroughTheWindow(FxRobot robot) throws Exception {
        waitFor(() -> feed(robot).getItems().size() == 12);
        robot.clickOn("#backup-menu");
        robot.clickOn("Back up now");
        waitFor(() -> status(robot).startsWith("Backed up"));
        assertTrue(status(robot).startsWith("Backed up 12 posts to " + dir.resolve("data/backups")), status(robot));

        robot.clickOn("#roster-add");
        robot.clickOn("#artist-name-field").write("Cleo");
        robot.clickOn("Add");
        waitFor(() -> roster(robot).getItems().size() == 2 && selectedArtist(robot).name().equals("Cleo"));

        robot.clickOn("#backup-menu");
        robot.clickOn("Restore from backup…");
        waitFor(() -> robot.lookup("#backup-table").tryQuery().isPresent()
                && !robot.lookup("#backup-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<BackupInfo> table = robot.lookup("#backup-table").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertEquals(12, table.getSelectionModel().getSelectedItem().posts(), "the newest is chosen");
        robot.clickOn("Restore…");
        waitFor(() -> robot.lookup("#backup-restore-confirm").tryQuery().isPresent());
        String question = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertTrue(question.contains("(1 artist, 12 posts)? This replaces everything in Backline now: 2 artists,"
                + " 12 posts. A backup of the current state is taken first."), question);
        robot.clickOn("#backup-restore-confirm");

        waitFor(() -> status(robot).startsWith("Restored the backup of"));
        waitFor(() -> roster(robot).getItems().size() == 1);
        assertEquals("Ada", roster(robot).getItems().stream().map(Artist::name).findFirst().orElseThrow());
        waitFor(() -> "Ada".equals(selectedArtist(robot).name()) && feed(robot).getItems().size() == 12);
        try (var files = Files.list(dir.resolve("data/backups"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".zip")).count(),
                    "the state before the restore was backed up too");
        }
    }
}
