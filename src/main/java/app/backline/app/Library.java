package app.backline.app;

import app.backline.ui.shell.UiServices;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** An opened library as the window uses it: the services for the main screen, closed when the window goes. */
interface Library extends AutoCloseable {

    UiServices services();

    /**
     * Starts the jobs that run while the window is open (the daily backup).
     *
     * @param problems gets a plain-words line when one fails, on a worker thread
     */
    void startBackgroundJobs(Consumer<String> problems);

    /**
     * Completes once every service can use the store (the roster can be read before); exceptionally, with a
     * plain-words reason, when the store cannot be used after all.
     */
    default CompletionStage<Void> ready() {
        return CompletableFuture.completedFuture(null);
    }

    /** Lines about interrupted imports the store undid when it opened; empty normally. */
    default List<String> notices() {
        return List.of();
    }

    /**
     * How long {@link #close()} will spend tidying the store (rewriting a file grown well past its data), empty
     * when it will not; reads a file size and one count, so call it off the FX thread.
     */
    default Optional<Duration> tidyOnClose() {
        return Optional.empty();
    }

    /** Closes the store; safe to call more than once (window close and process termination may both call it). */
    @Override
    void close();

    /** Opens the library of a data directory; runs off the FX thread and may take seconds. */
    @FunctionalInterface
    interface Opener {
        /**
         * May return before {@link Library#ready()}.
         *
         * @throws app.backline.common.UserFacingException e.g. when another Backline already uses the folder
         */
        Library open(AppPaths paths);
    }
}
