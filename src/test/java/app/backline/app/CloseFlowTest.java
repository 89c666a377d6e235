package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window while the store needs tidying: the window stays up and says so while the library closes
 * off the FX thread, then closes by itself.
 */
@ExtendWith(ApplicationExtension.class)
class CloseFlowTest {

    private final CountDownLatch letClose = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private BacklineApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("backline-close");
        AppPaths paths = AppPaths.resolve(dir.resolve("data").toString(), Map.of(), "linux", dir.toString());
        app = new BacklineApp(paths, where -> tidying(AppContextLibrary.open(where)), null);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        letClose.countDown();
        WaitForAsyncUtils.asyncFx(app::stop).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theWindowSaysItTidiesTheStoreAndClosesWhenTheLibraryHasClosed(FxRobot robot) throws Exception {
        FlowSupport.waitFor(20,
                () -> robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));

        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FlowSupport.waitFor(10, () -> robot.lookup("#closing").tryQuery().isPresent());

        assertEquals("Tidying the store before closing (about 3 s)…",
                robot.lookup("#closing .label").queryAs(Label.class).getText());
        assertTrue(stage.isShowing(), "the window stays while the store is tidied");
        assertFalse(closed.get());
        letClose.countDown();
        FlowSupport.waitFor(10, () -> !stage.isShowing());
        assertTrue(closed.get());
    }

    /** The real library, whose store "needs" 3 s of tidying and closes once the test lets it. */
    private Library tidying(Library real) {
        return new ForwardingLibrary(real) {
            @Override
            public Optional<Duration> tidyOnClose() {
                return Optional.of(Duration.ofSeconds(3));
            }

            @Override
            public void close() {
                try {
                    letClose.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.close();
                closed.set(true);
            }
        };
    }
}
