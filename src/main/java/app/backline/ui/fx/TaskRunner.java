package app.backline.ui.fx;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and brings its outcome back to it. Success and failure callbacks and
 * the {@link Job}'s properties are only ever touched on the FX thread (the caller's thread inline).
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Starts {@code work} in the background.
     *
     * @param onSuccess gets the result on the FX thread
     * @param onFailure gets the exception on the FX thread ({@code CancelledException} after a cancel)
     */
    <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Stops accepting work: work asked for later (by a callback still on its way while the window closes) is
     * dropped; running work is left to finish (daemon threads never block exit).
     */
    @Override
    default void close() {
    }

    /** Background daemon pool of {@code threads} threads, JavaFX {@code Task}s, outcomes on the FX thread. */
    static TaskRunner fx(int threads) {
        return new FxTaskRunner(threads);
    }

    /** Runs the work and its callbacks at once on the caller's thread: for ViewModel tests. */
    static TaskRunner inline() {
        return new InlineTaskRunner();
    }
}
