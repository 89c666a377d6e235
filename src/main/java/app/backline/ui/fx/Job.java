package app.backline.ui.fx;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Handle on work started through a {@link TaskRunner}. Its properties change on the FX thread only.
 * Cancelling only asks: the work sees it through {@code Progress.isCancelled()}, rolls back and then
 * fails with {@code CancelledException}, so the failure callback runs after the rollback is done.
 */
public final class Job {

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    Job() {
    }

    /** Asks the work to stop; safe from any thread and more than once. */
    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** 0–1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The work's latest progress line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True until the success or failure callback is about to run. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void progress(double value) {
        progress.set(value);
    }

    void message(String value) {
        message.set(value == null ? "" : value);
    }

    void finish() {
        running.set(false);
    }

    /** Fraction for a report; -1 when the total is unknown. */
    static double fraction(long done, long total) {
        if (total <= 0 || done < 0) {
            return -1;
        }
        return Math.min(1.0, (double) done / total);
    }
}
