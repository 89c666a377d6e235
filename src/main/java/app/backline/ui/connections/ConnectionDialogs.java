package app.backline.ui.connections;

import app.backline.ui.common.RemoveConfirmation;
import app.backline.ui.fx.Messages;
import javafx.stage.Window;

/** The Add account dialog and the Remove confirmation. */
final class ConnectionDialogs {

    private final Messages messages;

    ConnectionDialogs(Messages messages) {
        this.messages = messages;
    }

    /** Shows the form until it is saved or cancelled. */
    void addAccount(Window owner, AddAccountViewModel form) {
        new AddAccountDialog(form, messages, owner).showAndWait();
    }

    /** Asks before removing; Cancel is the default. True when the user confirmed. */
    boolean confirmRemove(Window owner, String question) {
        return RemoveConfirmation.ask(owner, messages, "connections.remove", question, "remove-account-confirm");
    }
}
