package app.backline.ui.connections;

import app.backline.domain.Platform;
import app.backline.ui.common.AppStyles;
import app.backline.ui.common.PlatformIcon;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Add account": platform (with logos), handle or profile address, platform user id with a hint on where to
 * find it, the access token in a password field, and for Instagram the Facebook Login choice. Add checks and
 * saves off the FX thread; the dialog stays open with the registry's reason if it refuses.
 */
final class AddAccountDialog extends Dialog<ButtonType> {

    private final AddAccountViewModel form;
    private final Messages messages;
    private final ComboBox<Platform> platform = new ComboBox<>();

    AddAccountDialog(AddAccountViewModel form, Messages messages, Window owner) {
        this.form = form;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text("accounts.add.title"));
        setHeaderText(messages.format("accounts.add.header", form.artist().name()));
        ButtonType add = new ButtonType(messages.text("accounts.add.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        AppStyles.apply(getDialogPane(), owner);
        getDialogPane().getStyleClass().add("add-account");
        getDialogPane().setContent(content());
        Node addButton = getDialogPane().lookupButton(add);
        addButton.setId("add-account-save");
        addButton.disableProperty().bind(form.validProperty().not().or(form.savingProperty()));
        addButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // closes only once the registry has the account
            form.save();
        });
        form.savedTokenHintProperty().subscribe(hint -> {
            if (!hint.isEmpty()) {
                setResult(add);
            }
        });
        setOnShown(event -> platform.requestFocus());
        // the hints and problems change the form's height: the window follows instead of cutting off the buttons
        for (javafx.beans.Observable grows : new javafx.beans.Observable[] {form.userIdHintProperty(),
                form.instagramProperty(), form.saveProblemProperty(), form.savingProperty()}) {
            grows.addListener(changed -> fitWindow());
        }
    }

    private void fitWindow() {
        Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
    }

    private VBox content() {
        platform.setId("account-platform");
        platform.getItems().setAll(Platform.values());
        platform.setPromptText(messages.text("accounts.platform.prompt"));
        platform.setCellFactory(list -> new PlatformCell(null));
        platform.setButtonCell(new PlatformCell(messages.text("accounts.platform.prompt")));
        platform.valueProperty().bindBidirectional(form.platformProperty());
        platform.setMaxWidth(Double.MAX_VALUE);
        TextField profile = new TextField();
        profile.setId("account-profile");
        profile.setPromptText(messages.text("accounts.profile.prompt"));
        profile.textProperty().bindBidirectional(form.profileProperty());
        TextField userId = new TextField();
        userId.setId("account-user-id");
        userId.textProperty().bindBidirectional(form.userIdProperty());
        PasswordField token = new PasswordField();
        token.setId("account-token");
        token.setPromptText(messages.text("accounts.token.prompt"));
        token.textProperty().bindBidirectional(form.tokenProperty());
        CheckBox facebook = new CheckBox(messages.text("accounts.facebook"));
        facebook.setId("account-facebook");
        facebook.selectedProperty().bindBidirectional(form.facebookLoginProperty());
        facebook.visibleProperty().bind(form.instagramProperty());
        facebook.managedProperty().bind(facebook.visibleProperty());
        Spinner<Integer> backfill = new Spinner<>(1, 365, AddAccountViewModel.DEFAULT_BACKFILL_DAYS);
        backfill.setId("account-backfill-days");
        backfill.setEditable(true);
        backfill.getValueFactory().valueProperty().bindBidirectional(form.backfillDaysProperty());
        Label userIdLabel = new Label();
        userIdLabel.textProperty().bind(form.userIdLabelProperty());
        VBox box = new VBox(4,
                field(new Label(messages.text("accounts.platform")), platform, null, null),
                field(new Label(messages.text("accounts.profile")), profile, null, form.profileProblemProperty()),
                field(userIdLabel, userId, form.userIdHintProperty(), form.userIdProblemProperty()),
                field(new Label(messages.text("accounts.token")), token,
                        new javafx.beans.property.SimpleStringProperty(messages.text("accounts.token.hint")),
                        form.tokenProblemProperty()),
                field(new Label(messages.text("accounts.backfill")), backfill,
                        new javafx.beans.property.SimpleStringProperty(messages.text("accounts.backfill.hint")), null),
                facebook, saving(), saveProblem());
        box.setPrefWidth(500);
        box.disableProperty().bind(form.savingProperty());
        return box;
    }

    /** A label, the input, an optional muted hint and the field's problem (kept one line high). */
    private VBox field(Label label, Node input, ObservableStringValue hint, ObservableStringValue problem) {
        label.getStyleClass().add("form-label");
        VBox field = new VBox(4, label, input);
        if (hint != null) {
            Label text = new Label();
            text.textProperty().bind(hint);
            text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            field.getChildren().add(text);
        }
        Label problemText = new Label();
        problemText.getStyleClass().addAll(Styles.TEXT_SMALL, "field-problem");
        problemText.setMinHeight(16);
        if (problem != null) {
            problemText.textProperty().bind(problem);
        }
        field.getChildren().add(problemText);
        return field;
    }

    private HBox saving() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(16, 16);
        HBox saving = new HBox(8, spinner, new Label(messages.text("accounts.saving")));
        saving.setAlignment(Pos.CENTER_LEFT);
        saving.visibleProperty().bind(form.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        return saving;
    }

    private Label saveProblem() {
        Label problem = new Label();
        problem.setId("account-save-problem");
        problem.getStyleClass().addAll("field-problem", "save-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(form.saveProblemProperty());
        problem.visibleProperty().bind(form.saveProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    /** A platform with its logo; the button cell shows the prompt while none is chosen. */
    private static final class PlatformCell extends ListCell<Platform> {
        private final String prompt;

        PlatformCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(Platform item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? prompt : item.displayName());
            setGraphic(empty || item == null ? null : PlatformIcon.of(item).icon(16));
        }
    }
}
