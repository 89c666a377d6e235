package app.backline.app;

import static app.backline.app.FlowSupport.selectedArtist;
import static app.backline.app.FlowSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The theme chosen, the window's bounds and the artist selected come back after a restart. */
@ExtendWith(ApplicationExtension.class)
class RememberFlowTest {

    private Path dir;
    private AppPaths paths;
    private Stage first;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("backline-remember-flow");
        paths = FlowSupport.paths(dir);
        FlowSupport.fill(paths, Map.of("Ada", FlowSupport.xArchive(dir.resolve("ada"), "ada", 3),
                "Bo", FlowSupport.xArchive(dir.resolve("bo"), "bo", 2, 9000)));
        first = stage;
    }

    private static boolean clickAttached(FxRobot robot, String artist) {
        java.util.Optional<Node> label = robot.lookup(".artist-name").match((Node n) -> n.getScene() != null
                && n instanceof javafx.scene.control.Labeled l && artist.equals(l.getText())).tryQuery();
        if (label.isEmpty()) {
            return false;
        }
        try {
            robot.clickOn(label.get());
            return true;
        } catch (RuntimeException detachedMeanwhile) {
            return false;
        }
    }

    @Test
    void aRestartReopensWithTheSameThemeBoundsAndArtist(FxRobot robot) throws Exception {
        BacklineApp app = new BacklineApp(paths, new FlowSupport.NoPicker());
        robot.interact(() -> app.start(first));
        waitFor(() -> selectedArtist(robot) != null && selectedArtist(robot).name().equals("Ada"));
        // the roster re-renders its cells while the library settles: click a label that is still attached
        waitFor(() -> clickAttached(robot, "Bo") && selectedArtist(robot).name().equals("Bo"));
        long bo = selectedArtist(robot).id();
        robot.clickOn("#theme-toggle");
        robot.interact(() -> {
            first.setX(40);
            first.setY(30);
            first.setWidth(1100);
            first.setHeight(700);
        });
        Path file = dir.resolve("data/settings.properties");
        waitFor(() -> Files.exists(file) && Files.readString(file).contains("window.width=1100")
                && Files.readString(file).contains("theme=dark"));
        WaitForAsyncUtils.asyncFx(() -> {
            app.stop();
            first.close();
        }).get(10, TimeUnit.SECONDS);
        assertTrue(Files.readString(file).contains("artist.id=" + bo), Files.readString(file));

        Stage[] second = new Stage[1];
        BacklineApp again = new BacklineApp(paths, new FlowSupport.NoPicker());
        robot.interact(() -> {
            second[0] = new Stage();
            again.start(second[0]);
        });
        try {
            waitFor(() -> selectedArtist(robot) != null);
            assertEquals("Bo", selectedArtist(robot).name());
            assertTrue(second[0].getScene().getRoot().getStyleClass().contains("dark"));
            assertEquals(1100, second[0].getWidth(), 1);
            assertEquals(700, second[0].getHeight(), 1);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                again.stop();
                second[0].close();
            }).get(10, TimeUnit.SECONDS);
        }
    }
}
