package app.backline.ui.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Runs actions on the JavaFX application thread; in tests, on the caller's thread. */
@FunctionalInterface
public interface FxExecutor extends Executor {

    /** Queues {@code action} for the FX thread (or runs it, for the inline executor). */
    @Override
    void execute(Runnable action);

    /** Always queues through {@link Platform#runLater}, so ordering is predictable even on the FX thread. */
    static FxExecutor fx() {
        return Platform::runLater;
    }

    /** Runs each action at once on the calling thread: for ViewModel tests without the toolkit. */
    static FxExecutor inline() {
        return Runnable::run;
    }
}
