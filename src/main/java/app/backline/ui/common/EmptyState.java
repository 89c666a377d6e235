package app.backline.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A centred "nothing here yet" panel: an icon, a title, a line of help and, optionally, the next step as a button. */
public final class EmptyState extends VBox {

    private final VBox text = new VBox(6);

    public EmptyState(AppIcon icon, String title, String body) {
        super(14);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        StackPane badge = new StackPane(icon.icon(30));
        badge.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_3, "empty-state-title");
        Label help = new Label(body);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state-body");
        help.setWrapText(true);
        help.setMaxWidth(380);
        text.setAlignment(Pos.CENTER);
        text.getChildren().addAll(heading, help);
        getChildren().addAll(badge, text);
    }

    /** Adds the primary action under the text. */
    public EmptyState withAction(AppIcon icon, String label, Runnable action) {
        Button button = new Button(label, icon.icon());
        button.getStyleClass().add(Styles.ACCENT);
        button.setDefaultButton(false);
        button.setOnAction(event -> action.run());
        getChildren().add(button);
        return this;
    }

    /** Adds a muted footnote under everything else. */
    public EmptyState withNote(String note) {
        Label label = new Label(note);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "empty-state-note");
        label.setWrapText(true);
        label.setMaxWidth(380);
        getChildren().add(label);
        return this;
    }
}
