package app.backline.ui.network;

import app.backline.network.ProxySettings.Kind;
import app.backline.network.ProxySettings.Mode;
import app.backline.ui.common.AppStyles;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Settings → Network: system proxy, no proxy, or a manual HTTP/SOCKS proxy (host, port, optional user and
 * password). Save checks the fields and stores the choice off the FX thread; a refusal keeps the dialog open.
 */
public final class ProxyDialog extends Dialog<ButtonType> {

    private final ProxyViewModel model;
    private final Messages messages;
    private final ToggleGroup modes = new ToggleGroup();

    public ProxyDialog(ProxyViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text("network.title"));
        setHeaderText(messages.text("network.header"));
        ButtonType save = new ButtonType(messages.text("network.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        AppStyles.apply(getDialogPane(), owner);
        VBox content = new VBox(8, mode(Mode.SYSTEM), mode(Mode.NONE), mode(Mode.MANUAL), manualFields(), problem());
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("network-save");
        saveButton.disableProperty().bind(model.validProperty().not().or(model.savingProperty())
                .or(model.loadedProperty().not()));
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // closes once the settings are stored
            model.save(() -> setResult(save));
        });
        model.modeProperty().subscribe(mode -> modes.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == mode).findFirst().ifPresent(modes::selectToggle));
        modes.selectedToggleProperty().subscribe(toggle -> {
            if (toggle != null) {
                model.modeProperty().set((Mode) toggle.getUserData());
            }
        });
        model.load();
    }

    private RadioButton mode(Mode mode) {
        RadioButton button = new RadioButton(messages.text("network.mode." + mode));
        button.setId("network-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
        button.setUserData(mode);
        button.setToggleGroup(modes);
        return button;
    }

    private GridPane manualFields() {
        ComboBox<Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind value) {
                return value == null ? "" : messages.text("network.kind." + value);
            }

            @Override
            public Kind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField host = text("network-host", model.hostProperty(), "network.host.prompt");
        TextField port = text("network-port", model.portProperty(), "network.port.prompt");
        port.setPrefColumnCount(6);
        port.setMaxWidth(TextField.USE_PREF_SIZE);
        TextField user = text("network-user", model.userProperty(), null);
        PasswordField password = new PasswordField();
        password.setId("network-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.userProperty().isEmpty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 0, 0, 28));
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        row(grid, 0, "network.kind", kind, null);
        row(grid, 1, "network.host", host, model.hostProblemProperty());
        row(grid, 3, "network.port", port, model.portProblemProperty());
        row(grid, 5, "network.user", user, null);
        row(grid, 6, "network.password", password, null);
        grid.disableProperty().bind(model.manualProperty().not());
        return grid;
    }

    private void row(GridPane grid, int index, String key, Node input, ObservableStringValue problem) {
        Label label = new Label(messages.text(key));
        grid.add(label, 0, index);
        grid.add(input, 1, index);
        if (problem != null) {
            Label text = new Label();
            text.getStyleClass().addAll(Styles.TEXT_SMALL, "field-problem");
            text.textProperty().bind(problem);
            text.setMinHeight(16);
            grid.add(text, 1, index + 1);
        }
    }

    private TextField text(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            field.setPromptText(messages.text(promptKey));
        }
        return field;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private Label problem() {
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.saveProblemProperty());
        problem.visibleProperty().bind(model.saveProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }
}
