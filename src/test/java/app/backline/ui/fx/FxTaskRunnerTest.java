package app.backline.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real runner on the (headless) toolkit: work off the FX thread, outcomes and progress on it. */
class FxTaskRunnerTest {

    private static TaskRunner runner;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        runner = TaskRunner.fx(2);
    }

    @AfterAll
    static void close() {
        runner.close();
    }

    @Test
    void worksInTheBackgroundAndAnswersOnTheFxThread() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<Job> job = new CompletableFuture<>();
        Platform.runLater(() -> job.complete(runner.run(progress -> {
            workOnFx.complete(Platform.isFxApplicationThread());
            progress.report(1, 2, "half way");
            return "done";
        }, value -> outcome.complete(value + " on fx " + Platform.isFxApplicationThread()),
                outcome::completeExceptionally)));
        assertEquals("done on fx true", outcome.get(10, TimeUnit.SECONDS));
        assertFalse(workOnFx.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(job.get().runningProperty().get());
        assertEquals("half way", job.get().messageProperty().get());
    }

    @Test
    void cancelReachesTheWorkAndEndsInTheFailureCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Job> job = new CompletableFuture<>();
        Platform.runLater(() -> job.complete(runner.run(progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.sleep(5);
            }
        }, value -> failure.complete(null), failure::complete)));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        job.get().cancel();
        assertInstanceOf(CancelledException.class, failure.get(10, TimeUnit.SECONDS));
    }

    @Test
    void workAskedForAfterCloseIsDropped() throws Exception {
        TaskRunner closed = TaskRunner.fx(1);
        closed.close();
        CompletableFuture<Job> job = new CompletableFuture<>();
        CompletableFuture<String> outcome = new CompletableFuture<>();
        Platform.runLater(() -> job.complete(closed.run(progress -> "ran", outcome::complete,
                outcome::completeExceptionally)));
        assertFalse(job.get(10, TimeUnit.SECONDS).runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(outcome.isDone(), "neither run nor failed: the window is closing");
    }

    @Test
    void fxExecutorRunsOnTheFxThread() throws Exception {
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        FxExecutor.fx().execute(() -> onFx.complete(Platform.isFxApplicationThread()));
        assertTrue(onFx.get(10, TimeUnit.SECONDS));
        CompletableFuture<Thread> inline = new CompletableFuture<>();
        FxExecutor.inline().execute(() -> inline.complete(Thread.currentThread()));
        assertEquals(Thread.currentThread(), inline.get());
    }
}
