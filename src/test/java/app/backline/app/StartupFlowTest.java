package app.backline.app;

import static app.backline.app.FlowSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the window comes up on a real library: the roster before Hibernate is needed, the background jobs off
 * the FX thread once the store is ready, a store that turns out unusable explained in plain words, and the
 * "opening" notice only when opening takes a while.
 */
@ExtendWith(ApplicationExtension.class)
class StartupFlowTest {

    private Stage stage;
    private AppPaths paths;
    private BacklineApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void library() throws IOException {
        Path dir = Files.createTempDirectory("backline-startup-flow");
        paths = FlowSupport.paths(dir);
        FlowSupport.fill(paths, Map.of("Aurora Vale", FlowSupport.xArchive(dir.resolve("x"), "auroravale", 3)));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
        }
    }

    private void launch(Library.Opener opener) throws Exception {
        app = new BacklineApp(paths, opener, new FlowSupport.NoPicker());
        WaitForAsyncUtils.asyncFx(() -> app.start(stage)).get(10, TimeUnit.SECONDS);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void backgroundJobsStartOffTheFxThreadOnceTheStoreIsReady(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        launch(where -> new ForwardingLibrary(AppContextLibrary.open(where)) {
            @Override
            public void startBackgroundJobs(Consumer<String> problems) {
                onFxThread.complete(Platform.isFxApplicationThread());
                super.startBackgroundJobs(problems);
            }
        });
        waitFor(() -> FlowSupport.roster(robot).getItems().size() == 1);
        assertFalse(onFxThread.get(30, TimeUnit.SECONDS), "the sync engine reads its accounts from the store");
        waitFor(() -> FlowSupport.feed(robot).getItems().size() == 3);
        waitFor(() -> FlowSupport.status(robot).startsWith("Library open"));
    }

    @Test
    void aStoreFoundUnusableOnceOpenIsExplainedInPlainWords(FxRobot robot) throws Exception {
        launch(where -> new ForwardingLibrary(AppContextLibrary.open(where)) {
            @Override
            public CompletionStage<Void> ready() {
                return CompletableFuture.failedFuture(new UserFacingException("The store in X is damaged"));
            }
        });
        waitFor(() -> shown(robot, "#open-failed"));
        assertTrue(robot.lookup("#open-failed .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("The store in X is damaged")));
        assertTrue(robot.lookup("#import-button").tryQuery().isEmpty(), "the main screen's commands went with it");
    }

    @Test
    void theOpeningNoticeShowsOnlyWhenOpeningTakesAWhile(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        launch(where -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AppContextLibrary.open(where);
        });
        assertFalse(shown(robot, "#opening"), "nothing to say yet");
        waitFor(() -> shown(robot, "#opening"));
        release.countDown();
        waitFor(() -> FlowSupport.roster(robot).getItems().size() == 1);
        assertFalse(shown(robot, "#opening"));
    }
}
