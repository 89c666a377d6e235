package app.backline.ui.common;

import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's one "remove …?" question: a danger-styled confirm button, Cancel the default and focused, so that
 * Enter never removes anything. Follows the owner's theme.
 */
public final class RemoveConfirmation {

    private RemoveConfirmation() {
    }

    /**
     * Asks and waits; true when the user confirmed.
     *
     * @param keys      prefix of the message keys {@code <keys>.confirm}, {@code .title} and {@code .header}
     * @param confirmId node id for the confirm button (screen tests click it), or {@code null}
     */
    public static boolean ask(Window owner, Messages messages, String keys, String question, String confirmId) {
        ButtonType remove = new ButtonType(messages.text(keys + ".confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, remove, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text(keys + ".title"));
        alert.setHeaderText(messages.text(keys + ".header"));
        AppStyles.apply(alert.getDialogPane(), owner);
        alert.getDialogPane().setPrefWidth(480);
        FontIcon icon = AppIcon.REMOVE.icon(28);
        icon.getStyleClass().add(Styles.DANGER);
        alert.setGraphic(icon);
        Button button = (Button) alert.getDialogPane().lookupButton(remove);
        button.getStyleClass().add(Styles.DANGER);
        button.setDefaultButton(false);
        if (confirmId != null) {
            button.setId(confirmId);
        }
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        cancel.getStyleClass().add("quiet-default");
        alert.setOnShown(event -> cancel.requestFocus());
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
