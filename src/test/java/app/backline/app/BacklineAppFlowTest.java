package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Post;
import app.backline.export.ExportFormat;
import app.backline.ui.XArchiveFolder;
import app.backline.ui.common.FilePicker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walking skeleton end to end, headless: a new library, add an artist, import an X archive folder,
 * see its posts, filter them by text, export the filtered feed as CSV.
 */
@ExtendWith(ApplicationExtension.class)
class BacklineAppFlowTest {

    private Path dir;
    private Path archive;
    private Path exportFile;
    private BacklineApp app;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("backline-flow");
        archive = xArchive(dir.resolve("archive"));
        exportFile = dir.resolve("out/aurora.csv");
        Files.createDirectories(exportFile.getParent());
        AppPaths paths = AppPaths.resolve(dir.resolve("data").toString(), Map.of(), "linux", dir.toString());
        app = new BacklineApp(paths, new StubPicker());
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
    }

    @Test
    void addImportFilterExport(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("Add an artist…");
        robot.clickOn("#artist-name-field").write("Aurora Vale");
        robot.clickOn("Add");
        waitFor(() -> robot.lookup("Import an archive").tryQuery().isPresent());

        robot.clickOn("#import-button .arrow-button");
        robot.clickOn("Unpacked archive folder…");
        waitFor(() -> status(robot).startsWith("Imported"));
        assertEquals("Imported 5 posts from X archive (5 new, 0 updated)", status(robot));
        waitFor(() -> feed(robot).getItems().size() == 5);
        waitFor(() -> robot.lookup("#feed-count").queryAs(Label.class).getText().equals("5 posts"));
        assertTrue(feed(robot).getItems().stream().anyMatch(Post::reply));
        assertTrue(feed(robot).getItems().stream().anyMatch(Post::repost));

        robot.clickOn("#feed-search").write("tour");
        waitFor(() -> feed(robot).getItems().size() == 2);
        List<String> shown = feed(robot).getItems().stream().map(Post::caption).toList();
        assertEquals(List.of("Tour dates are out! #tour", "Last night of the tour, thank you Lisbon"), shown);
        waitFor(() -> robot.lookup("#feed-count").queryAs(Label.class).getText().equals("2 of 5 posts"));

        robot.clickOn("#export-button");
        robot.clickOn("As CSV (spreadsheet)…");
        waitFor(() -> status(robot).startsWith("Exported"));
        assertEquals("Exported 2 posts to " + exportFile, status(robot));
        String csv = Files.readString(exportFile, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Tour dates are out!"), csv);
        assertTrue(csv.contains("Last night of the tour"), csv);
        assertFalse(csv.contains("Studio day"), csv);
        assertEquals(3, csv.strip().lines().count(), "header and two posts:\n" + csv);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Post> feed(FxRobot robot) {
        return robot.lookup("#feed-list").queryAs(ListView.class);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FlowSupport.waitFor(condition);
    }

    private static Path xArchive(Path root) throws IOException {
        XArchiveFolder archive = new XArchiveFolder(root, "auroravale");
        Instant t = Instant.parse("2026-10-01T18:00:00Z");
        archive.tweet("1001", t, "Tour dates are out! #tour", 120, 14, null);
        archive.tweet("1002", t.minusSeconds(3600), "Studio day, drums done", 80, 3, null);
        archive.tweet("1003", t.minusSeconds(7200), "@fan thank you, see you there", 5, 0, "999");
        archive.tweet("1004", t.minusSeconds(10800), "RT @sonarfest: Aurora Vale on the main stage", 0, 40, null);
        archive.tweet("1005", t.minusSeconds(14400), "Last night of the tour, thank you Lisbon", 300, 22, null);
        return archive.write();
    }

    /** Native choosers cannot be driven headless: answers with the fixture folder and the export file. */
    private final class StubPicker implements FilePicker {
        @Override
        public List<Path> archiveFiles(Window owner) {
            return List.of();
        }

        @Override
        public Optional<Path> archiveFolder(Window owner) {
            return Optional.of(archive);
        }

        @Override
        public Optional<Path> exportFile(Window owner, String suggestedName, ExportFormat format) {
            return Optional.of(exportFile);
        }
    }
}
