package app.backline.ui.common;

import app.backline.ui.fx.Job;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar and the problem banner: the latest message, the one user-started job running (with
 * its progress and whether it can be cancelled), and the latest problem until dismissed.
 */
public final class StatusViewModel {

    /** How the status line is shown. */
    public enum Kind { INFO, SUCCESS, ERROR }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.INFO);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper jobLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);

    public void info(String text) {
        show(text, Kind.INFO);
    }

    public void success(String text) {
        show(text, Kind.SUCCESS);
    }

    /** Shows the text in the status line and in the problem banner. */
    public void error(String text) {
        show(text, Kind.ERROR);
        problem.set(text);
    }

    public void dismissProblem() {
        problem.set("");
    }

    /** Shows {@code running} with a progress bar while the job runs; ends by itself when it finishes. */
    public void track(Job running, String label, boolean canCancel) {
        job.set(running);
        jobLabel.set(label);
        cancellable.set(canCancel);
        busy.set(true);
        running.runningProperty().subscribe(isRunning -> {
            if (!isRunning && job.get() == running) {
                job.set(null);
                jobLabel.set("");
                cancellable.set(false);
                busy.set(false);
            }
        });
    }

    /** Asks the tracked job, if any, to stop. */
    public void cancelJob() {
        Job running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    private void show(String text, Kind newKind) {
        message.set(text == null ? "" : text);
        kind.set(newKind);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobLabelProperty() {
        return jobLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
