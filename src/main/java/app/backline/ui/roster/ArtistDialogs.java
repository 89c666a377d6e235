package app.backline.ui.roster;

import app.backline.ui.common.AppStyles;
import app.backline.ui.common.RemoveConfirmation;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Add/Rename name dialog (validating as one types) and the Remove confirmation. */
final class ArtistDialogs {

    private final Messages messages;

    ArtistDialogs(Messages messages) {
        this.messages = messages;
    }

    /** Shows the name dialog; true when the user pressed OK with a valid name. */
    boolean askName(Window owner, String title, String header, String okText, ArtistNameForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        AppStyles.apply(dialog.getDialogPane());
        TextField field = new TextField();
        field.setId("artist-name-field");
        field.setPromptText(messages.text("roster.name.prompt"));
        field.textProperty().bindBidirectional(form.nameProperty());
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-problem");
        problem.textProperty().bind(form.problemProperty());
        problem.setMinHeight(18);
        VBox content = new VBox(8, new Label(messages.text("roster.name.label")), field, problem);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(form.validProperty().not());
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }

    /** Asks before removing; true when the user confirmed. */
    boolean confirmRemove(Window owner, String question) {
        return RemoveConfirmation.ask(owner, messages, "roster.remove", question, null);
    }
}
