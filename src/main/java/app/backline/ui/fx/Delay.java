package app.backline.ui.fx;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Runs an action on the FX thread after a pause; tests use {@link #immediate()}. */
@FunctionalInterface
public interface Delay {

    /**
     * @return cancels the action if it has not run yet
     */
    Runnable schedule(Duration wait, Runnable action);

    /** A {@link PauseTransition} per call; call on the FX thread. */
    static Delay fx() {
        return (wait, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
            pause.setOnFinished(event -> action.run());
            pause.play();
            return pause::stop;
        };
    }

    /** Runs the action at once, ignoring the wait. */
    static Delay immediate() {
        return (wait, action) -> {
            action.run();
            return () -> { };
        };
    }
}
