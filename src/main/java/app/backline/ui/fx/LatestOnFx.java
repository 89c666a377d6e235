package app.backline.ui.fx;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A coalescing relay from worker threads to the FX thread: keeps only the newest value not yet delivered and
 * has at most one delivery queued at a time, so a burst of snapshots from a service becomes one FX update
 * with the latest of them instead of a flood of events (architecture.md §4).
 *
 * @param <T> an immutable snapshot; {@code null} is not accepted
 */
public final class LatestOnFx<T> implements Consumer<T> {

    private final FxExecutor fx;
    private final Consumer<? super T> target;
    private final AtomicReference<T> pending = new AtomicReference<>();

    /**
     * @param target gets the newest value, on the FX thread (the caller's thread with an inline executor)
     */
    public LatestOnFx(FxExecutor fx, Consumer<? super T> target) {
        this.fx = fx;
        this.target = target;
    }

    /** Called from any thread: replaces the pending value and queues a delivery unless one is queued already. */
    @Override
    public void accept(T value) {
        Objects.requireNonNull(value, "value");
        if (pending.getAndSet(value) == null) {
            fx.execute(this::deliver);
        }
    }

    private void deliver() {
        T newest = pending.getAndSet(null);
        if (newest != null) {
            target.accept(newest);
        }
    }
}
