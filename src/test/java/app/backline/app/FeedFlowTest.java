package app.backline.app;

import static app.backline.app.FlowSupport.feed;
import static app.backline.app.FlowSupport.rosterCell;
import static app.backline.app.FlowSupport.selectedArtist;
import static app.backline.app.FlowSupport.status;
import static app.backline.app.FlowSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Post;
import app.backline.domain.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screen flows on a library that already holds Ada's 40 posts (and an empty artist Bo): the tag filter,
 * Copy last 30 onto the real clipboard, and archives dropped on an artist and on the window.
 */
@ExtendWith(ApplicationExtension.class)
class FeedFlowTest {

    private Path dir;
    private BacklineApp app;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("backline-feed-flow");
        AppPaths paths = FlowSupport.paths(dir);
        FlowSupport.fill(paths, Map.of("Ada", FlowSupport.xArchive(dir.resolve("ada-x"), "ada", 40)), "Bo");
        app = new BacklineApp(paths, new FlowSupport.NoPicker());
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
    }

    private void adaShown(FxRobot robot) throws Exception {
        waitFor(() -> selectedArtist(robot) != null && selectedArtist(robot).name().equals("Ada")
                && feed(robot).getItems().size() == 40);
    }

    @Test
    void pressingATagChipNarrowsTheFeedToThatTag(FxRobot robot) throws Exception {
        adaShown(robot);
        waitFor(() -> robot.lookup("#feed-tag-release").queryAs(ToggleButton.class).getText().equals("Release 8"));
        assertTrue(feed(robot).getItems().stream().anyMatch(p -> !p.tags().contains(Tag.RELEASE)));

        robot.clickOn("#feed-tag-release");

        waitFor(() -> feed(robot).getItems().size() == 8);
        assertTrue(feed(robot).getItems().stream().allMatch(p -> p.tags().contains(Tag.RELEASE)));
        waitFor(() -> robot.lookup("#feed-count").queryAs(Label.class).getText().equals("8 of 40 posts"));
        assertEquals("Show 4", robot.lookup("#feed-tag-show").queryAs(ToggleButton.class).getText(),
                "tag counts stay those of the other tags");

        robot.clickOn("#feed-tag-release");
        waitFor(() -> feed(robot).getItems().size() == 40);
    }

    @Test
    void copyLastThirtyPutsAHeaderAndThirtyTabSeparatedRowsOnTheClipboard(FxRobot robot) throws Exception {
        adaShown(robot);
        robot.clickOn("#feed-tag-show");
        waitFor(() -> feed(robot).getItems().size() == 4);

        robot.clickOn("#copy-button");

        waitFor(() -> status(robot).startsWith("Copied"));
        assertEquals("Copied the 30 newest posts of Ada: paste them into a spreadsheet", status(robot));
        String text = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        List<String> lines = text.lines().toList();
        assertEquals(31, lines.size(), "header and 30 posts, whatever the filter:\n" + text);
        assertEquals("Posted (UTC)\tPlatform\tHandle\tCaption\tTags\tLikes\tComments\tShares\tViews\tPermalink",
                lines.get(0));
        assertEquals("2026-10-01 18:00:00\tX\tada\tNew single out now, stream it everywhere (0)\trelease\t10\t\t0\t"
                + "\thttps://x.com/ada/status/5000", lines.get(1));
        assertTrue(lines.stream().allMatch(line -> line.split("\t", -1).length == 10));
        assertTrue(lines.get(30).contains("Studio day 29"), lines.get(30));
    }

    @Test
    void archivesDroppedOnAnArtistImportIntoThatArtist(FxRobot robot) throws Exception {
        adaShown(robot);
        Path boArchive = FlowSupport.xArchive(dir.resolve("bo-x"), "bo", 6, 9000);
        waitFor(() -> rosterCell(robot, "Bo").isVisible()); // the roster may still be laying out its cells
        Node bo = rosterCell(robot, "Bo");

        assertTrue(drag(robot, bo, DragEvent.DRAG_OVER, boArchive).isAccepted(), "a folder is welcome");
        drag(robot, bo, DragEvent.DRAG_DROPPED, boArchive);

        waitFor(() -> status(robot).startsWith("Imported"));
        assertEquals("Imported 6 posts from X archive (6 new, 0 updated)", status(robot));
        waitFor(() -> rosterCell(robot, "Bo").getItem().postCount() == 6);
        assertEquals("Ada", selectedArtist(robot).name(), "the drop does not change the selection");
        assertEquals(40, feed(robot).getItems().size());
    }

    @Test
    void archivesDroppedOnTheWindowImportInTurnIntoTheSelectedArtist(FxRobot robot) throws Exception {
        adaShown(robot);
        Path more = FlowSupport.xArchive(dir.resolve("ada-more"), "ada", 45);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an archive");
        Node list = robot.lookup("#feed-list").query();

        assertTrue(drag(robot, list, DragEvent.DRAG_OVER, more, notes).isAccepted());
        drag(robot, list, DragEvent.DRAG_DROPPED, more, notes);

        waitFor(() -> status(robot).startsWith("Imported"));
        assertEquals("Imported 1 archive: 5 new, 0 updated; 1 refused: notes.txt (Not an archive: notes.txt is "
                + "neither a zip file nor a folder)", status(robot));
        waitFor(() -> feed(robot).getItems().size() == 45);
        Path text = Files.writeString(dir.resolve("other.txt"), "x");
        assertTrue(!drag(robot, list, DragEvent.DRAG_OVER, text).isAccepted(), "no archive in the drag: refused");
    }

    private static DragEvent drag(FxRobot robot, Node target, EventType<DragEvent> type, Path... files)
            throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> FileDrag.fire(target, type, files)).get(10, TimeUnit.SECONDS);
    }
}
