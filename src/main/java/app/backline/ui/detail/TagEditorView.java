package app.backline.ui.detail;

import app.backline.domain.Tag;
import app.backline.ui.common.AppIcon;
import app.backline.ui.common.TagChips;
import app.backline.ui.fx.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The detail pane's Tags section: five chips to press or release, and a line once a change is saved. */
final class TagEditorView extends VBox {

    private final FlowPane chips = new FlowPane(5, 6);

    TagEditorView(TagEditorViewModel model, Messages messages) {
        super(8);
        setId("tag-editor");
        getStyleClass().add("detail-section");
        Label heading = new Label(messages.text("detail.tags"));
        heading.getStyleClass().add("section-title");
        for (Tag tag : Tag.values()) {
            ToggleButton chip = TagChips.toggle(tag, messages);
            chip.setId("detail-tag-" + tag.key());
            chip.setTooltip(new Tooltip(messages.format("detail.tags.tip", TagChips.name(tag, messages))));
            chip.selectedProperty().bindBidirectional(model.tagProperty(tag));
            chips.getChildren().add(chip);
        }
        Label saved = savedNote(model);
        Label hint = new Label(messages.text("detail.tags.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.visibleProperty().bind(saved.visibleProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(heading, chips, hint, saved);
    }

    /** "Saved. …" with a check mark, in place of the hint once a change is saved. */
    private static Label savedNote(TagEditorViewModel model) {
        Label saved = new Label(null, AppIcon.CHECK.icon(12));
        saved.setId("detail-tags-saved");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, "tags-saved");
        saved.setWrapText(true);
        saved.textProperty().bind(model.noteProperty());
        saved.visibleProperty().bind(model.noteProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        return saved;
    }

    /** Puts the keyboard on the first chip (Space presses it, Tab and the arrows move on). */
    void focusFirst() {
        chips.getChildren().get(0).requestFocus();
    }
}
