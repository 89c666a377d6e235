package app.backline.ui.shell;

import app.backline.ui.common.StatusViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The window around everything: whether the library is open yet, the theme, and the status bar. */
public final class ShellViewModel {

    /** What the window shows. */
    public enum Phase { OPENING, READY, FAILED, CLOSING }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closingNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StatusViewModel status;

    public ShellViewModel(StatusViewModel status) {
        this.status = status;
    }

    /** The library is open and the main screen is in place. */
    public void opened() {
        phase.set(Phase.READY);
    }

    /** The library could not be opened: the window says why instead of showing the main screen. */
    public void failed(String reason) {
        failure.set(reason);
        phase.set(Phase.FAILED);
    }

    /**
     * The window stays open while the library closes and tidies its store (seconds on a large store); it says
     * so with {@code note} instead of freezing.
     */
    public void closing(String note) {
        closingNote.set(note);
        phase.set(Phase.CLOSING);
    }

    /** What the window says while it closes, empty otherwise. */
    public ReadOnlyStringProperty closingNoteProperty() {
        return closingNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Why opening failed, empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Dark theme on; light by default. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public StatusViewModel status() {
        return status;
    }
}
