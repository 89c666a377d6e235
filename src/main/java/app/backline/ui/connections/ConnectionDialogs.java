package app.backline.ui.connections;

import app.backline.ui.common.AppIcon;
import app.backline.ui.common.AppStyles;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

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
        ButtonType remove = new ButtonType(messages.text("connections.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, remove, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text("connections.remove.title"));
        alert.setHeaderText(messages.text("connections.remove.header"));
        AppStyles.apply(alert.getDialogPane(), owner);
        alert.getDialogPane().setPrefWidth(480);
        FontIcon icon = AppIcon.REMOVE.icon(28);
        icon.getStyleClass().add(Styles.DANGER);
        alert.setGraphic(icon);
        Button button = (Button) alert.getDialogPane().lookupButton(remove);
        button.getStyleClass().add(Styles.DANGER);
        button.setDefaultButton(false);
        button.setId("remove-account-confirm");
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        cancel.getStyleClass().add("quiet-default");
        alert.setOnShown(event -> cancel.requestFocus());
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
