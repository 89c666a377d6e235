package app.backline.ui.fx;

import java.time.Duration;

/** Runs only the last of a burst of triggers, once things have been quiet for a while. */
public final class Debouncer {

    private final Delay delay;
    private final Duration quiet;
    private Runnable cancelPending = () -> { };

    public Debouncer(Delay delay, Duration quiet) {
        this.delay = delay;
        this.quiet = quiet;
    }

    /** Replaces any pending action with {@code action}. */
    public void trigger(Runnable action) {
        cancelPending.run();
        cancelPending = delay.schedule(quiet, action);
    }

    /** Drops the pending action, if any. */
    public void cancel() {
        cancelPending.run();
        cancelPending = () -> { };
    }
}
