package app.backline.ui.fx;

import app.backline.common.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** {@link TaskRunner} on a daemon pool, with JavaFX {@link Task} carrying progress to the FX thread. */
final class FxTaskRunner implements TaskRunner {

    private final ExecutorService pool;

    FxTaskRunner(int threads) {
        pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Job job = new Job();
        Task<T> task = new WorkTask<>(work, job);
        task.progressProperty().addListener((obs, old, now) -> job.progress(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> job.message(now));
        task.setOnSucceeded(event -> {
            job.finish();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            job.finish();
            onFailure.accept(task.getException());
        });
        try {
            pool.execute(task);
        } catch (RejectedExecutionException closed) {
            job.finish(); // the window is closing: work asked for by a late callback is dropped
        }
        return job;
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "backline-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Adapts the work to a Task: Progress reports become Task updates, which JavaFX coalesces. */
    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;
        private final Job job;

        WorkTask(Work<T> work, Job job) {
            this.work = work;
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return work.call(new Progress() {
                @Override
                public void report(long done, long total, String message) {
                    double fraction = Job.fraction(done, total);
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return job.isCancelRequested();
                }
            });
        }
    }
}
