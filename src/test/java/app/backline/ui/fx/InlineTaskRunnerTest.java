package app.backline.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InlineTaskRunnerTest {

    private final TaskRunner runner = TaskRunner.inline();
    private final List<Object> outcomes = new ArrayList<>();

    @Test
    void deliversResultAndProgress() {
        Job job = runner.run(progress -> {
            progress.report(1, 4, "a quarter");
            return 42;
        }, outcomes::add, outcomes::add);
        assertEquals(List.of(42), outcomes);
        assertEquals(0.25, job.progressProperty().get());
        assertEquals("a quarter", job.messageProperty().get());
        assertFalse(job.runningProperty().get());
    }

    @Test
    void unknownTotalIsIndeterminate() {
        Job job = runner.run(progress -> {
            progress.report(5, -1, null);
            return "";
        }, outcomes::add, outcomes::add);
        assertEquals(-1, job.progressProperty().get());
    }

    @Test
    void failureGoesToTheFailureCallbackWithItsUserText() {
        runner.run(progress -> {
            throw new UserFacingException("Not an archive");
        }, outcomes::add, outcomes::add);
        Throwable failure = (Throwable) outcomes.get(0);
        assertEquals("Not an archive", Problems.userText(failure, Messages.load(Locale.US)));
    }

    @Test
    void cancelIsSeenByTheWork() {
        ManualTaskRunner manual = new ManualTaskRunner();
        Job job = manual.run(progress -> {
            progress.checkCancelled();
            return "done";
        }, outcomes::add, outcomes::add);
        job.cancel();
        manual.completeAll();
        assertInstanceOf(CancelledException.class, outcomes.get(0));
        assertTrue(Problems.isCancelled((Throwable) outcomes.get(0)));
    }
}
