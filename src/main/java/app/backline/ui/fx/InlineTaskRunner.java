package app.backline.ui.fx;

import app.backline.common.Progress;
import java.util.function.Consumer;

/** Runs work and callbacks synchronously on the caller's thread (tests). */
final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Job job = new Job();
        T value;
        try {
            value = work.call(progressOf(job));
        } catch (Exception e) {
            job.finish();
            onFailure.accept(e);
            return job;
        }
        job.finish();
        onSuccess.accept(value);
        return job;
    }

    private static Progress progressOf(Job job) {
        return new Progress() {
            @Override
            public void report(long done, long total, String message) {
                job.progress(Job.fraction(done, total));
                if (message != null) {
                    job.message(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelRequested();
            }
        };
    }
}
