package app.backline.ui.fx;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/** One-shot reactions on the FX thread: when a flag first turns true, after the next frame is laid out. */
public final class FxOnce {

    private FxOnce() {
    }

    /** Runs {@code action} at once if {@code condition} holds, else the first time it turns true. */
    public static void whenTrue(ObservableValue<Boolean> condition, Runnable action) {
        if (Boolean.TRUE.equals(condition.getValue())) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * Runs {@code action} once the scene's next layout pass is done, as an event of its own: what is on screen
     * now gets drawn first, then the action adds to it.
     */
    public static void afterNextLayout(Scene scene, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
