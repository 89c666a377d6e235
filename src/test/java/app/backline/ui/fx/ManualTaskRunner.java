package app.backline.ui.fx;

import app.backline.common.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A TaskRunner for tests that holds work until the test completes it, in any order it likes. */
public final class ManualTaskRunner implements TaskRunner {

    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Job job = new Job();
        pending.add(new Pending<>(work, onSuccess, onFailure, job));
        return job;
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the work at {@code index} (0 = oldest) and then its callback. */
    public void complete(int index) {
        pending.remove(index).complete();
    }

    /** Runs everything pending, oldest first, including work started by callbacks. */
    public void completeAll() {
        while (!pending.isEmpty()) {
            complete(0);
        }
    }

    private record Pending<T>(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                              Job job) {
        void complete() {
            T value;
            try {
                value = work.call(new Progress() {
                    @Override
                    public void report(long done, long total, String message) {
                        job.progress(Job.fraction(done, total));
                    }

                    @Override
                    public boolean isCancelled() {
                        return job.isCancelRequested();
                    }
                });
            } catch (Exception e) {
                job.finish();
                onFailure.accept(e);
                return;
            }
            job.finish();
            onSuccess.accept(value);
        }
    }
}
