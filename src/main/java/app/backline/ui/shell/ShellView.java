package app.backline.ui.shell;

import app.backline.ui.common.AppIcon;
import app.backline.ui.common.EmptyState;
import app.backline.ui.fx.Messages;
import app.backline.ui.shell.ShellViewModel.Phase;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The window's content: a toolbar, the problem banner, the main screen (or the opening/failed state)
 * and the status bar. The main screen and its toolbar actions arrive once the library is open.
 */
public final class ShellView extends BorderPane {

    /** How long opening may take before the window says it is opening. */
    static final Duration OPENING_DELAY = Duration.millis(700);

    private final ShellViewModel model;
    private final Messages messages;
    private final HBox actions = new HBox(8);
    private final HBox trailing = new HBox(8);
    private final StackPane content = new StackPane();
    private final StatusBarView statusBar;

    public ShellView(ShellViewModel model, Messages messages) {
        // the theme before the first control: otherwise JavaFX first loads its own Modena theme, for nothing
        Themes.apply(model.darkProperty().get(), null);
        this.model = model;
        this.messages = messages;
        getStyleClass().add("shell");
        setTop(new VBox(toolbar(), banner()));
        setCenter(content);
        statusBar = new StatusBarView(model.status(), messages);
        setBottom(statusBar);
        model.phaseProperty().subscribe(phase -> {
            if (phase == Phase.OPENING) {
                content.getChildren().setAll(opening());
            } else if (phase == Phase.FAILED) {
                actions.getChildren().clear(); // the main screen's commands went with it
                trailing.getChildren().clear();
                content.getChildren().setAll(failed());
            } else if (phase == Phase.CLOSING) {
                actions.setDisable(true);
                trailing.setDisable(true);
                content.getChildren().setAll(busy("closing", model.closingNoteProperty().get()));
            }
        });
        sceneProperty().subscribe(scene -> Themes.apply(model.darkProperty().get(), scene));
        model.darkProperty().subscribe(dark -> Themes.apply(dark, getScene()));
    }

    /** Puts the main screen in place, with its toolbar actions (left, and right before the theme switch). */
    public void showMain(Node main, Node[] toolbarActions, Node... toolbarTrailing) {
        actions.getChildren().setAll(toolbarActions);
        trailing.getChildren().setAll(toolbarTrailing);
        content.getChildren().setAll(main);
        model.opened();
    }

    /** Shows the live sync summary in the status bar. */
    public void showSyncStatus(Node summary) {
        statusBar.showSync(summary);
    }

    private HBox toolbar() {
        ImageView logo = new ImageView(new Image(
                Objects.requireNonNull(getClass().getResource("/icons/backline-64.png")).toExternalForm(),
                24, 24, true, true));
        Label name = new Label(messages.text("app.title"), logo);
        name.getStyleClass().add("app-name");
        actions.setAlignment(Pos.CENTER_LEFT);
        trailing.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(16, name, actions, new Spacer(), trailing, themeToggle());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    private ToggleButton themeToggle() {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("theme-toggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        toggle.selectedProperty().bindBidirectional(model.darkProperty());
        Tooltip tip = new Tooltip();
        toggle.setTooltip(tip);
        toggle.selectedProperty().subscribe(dark -> {
            toggle.setGraphic((dark ? AppIcon.LIGHT : AppIcon.DARK).icon());
            tip.setText(messages.text(dark ? "shell.theme.light" : "shell.theme.dark"));
        });
        return toggle;
    }

    private Node banner() {
        Message banner = new Message(messages.text("shell.problem.title"), "", AppIcon.ERROR.icon());
        banner.setId("problem-banner");
        banner.getStyleClass().addAll(Styles.DANGER, "problem-banner");
        banner.descriptionProperty().bind(model.status().problemProperty());
        banner.setOnClose(event -> model.status().dismissProblem());
        StackPane frame = new StackPane(banner);
        frame.getStyleClass().add("problem-frame");
        frame.visibleProperty().bind(model.status().problemProperty().isNotEmpty());
        frame.managedProperty().bind(frame.visibleProperty());
        return frame;
    }

    /** A spinner over a line of text, while the library opens or closes. */
    private static Node busy(String id, String line) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        Label text = new Label(line);
        text.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
        VBox box = new VBox(16, spinner, text);
        box.setId(id);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /**
     * "Opening your library…" with a spinner, shown only if opening takes a noticeable time: usually the
     * main screen replaces it sooner, and a spinner animating meanwhile would only slow the start down.
     */
    private Node opening() {
        StackPane slot = new StackPane();
        PauseTransition delay = new PauseTransition(OPENING_DELAY);
        delay.setOnFinished(event -> {
            if (model.phaseProperty().get() == Phase.OPENING) {
                slot.getChildren().setAll(busy("opening", messages.text("shell.opening")));
            }
        });
        delay.play();
        return slot;
    }

    private Node failed() {
        EmptyState state = new EmptyState(AppIcon.ERROR, messages.text("shell.failed.title"),
                model.failureProperty().get());
        state.setId("open-failed");
        state.withNote(messages.text("shell.failed.note"));
        return state;
    }
}
