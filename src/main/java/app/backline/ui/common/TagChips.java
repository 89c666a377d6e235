package app.backline.ui.common;

import app.backline.domain.Tag;
import app.backline.ui.fx.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.javafx.FontIcon;

/** The coloured chip of a tag: one colour per tag, defined for both themes in the app stylesheet. */
public final class TagChips {

    private TagChips() {
    }

    /** The tag's name as staff read it, e.g. "Release". */
    public static String name(Tag tag, Messages messages) {
        return messages.text("tag." + tag.name());
    }

    /** Style classes {@code tag-chip} and {@code tag-<key>}, e.g. {@code tag-release}. */
    public static List<String> styleClasses(Tag tag) {
        return List.of("tag-chip", "tag-" + tag.key());
    }

    /** A small read-only chip, e.g. on a feed card. */
    public static Label chip(Tag tag, Messages messages) {
        Label chip = new Label(name(tag, messages));
        chip.getStyleClass().addAll(styleClasses(tag));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    /**
     * A chip that can be pressed: quiet in the tag's colour until pressed, then solid with a check mark,
     * so that "on" does not depend on telling two shades apart.
     */
    public static ToggleButton toggle(Tag tag, Messages messages) {
        ToggleButton chip = new ToggleButton(name(tag, messages));
        chip.getStyleClass().addAll(styleClasses(tag));
        chip.setMinWidth(ToggleButton.USE_PREF_SIZE);
        FontIcon check = AppIcon.CHECK.icon(11);
        check.getStyleClass().add("tag-check");
        chip.graphicProperty().bind(Bindings.when(chip.selectedProperty()).then((Node) check).otherwise((Node) null));
        return chip;
    }

    /** A post's tags in the enum's order (release first), so cards list them alike. */
    public static List<Tag> ordered(Set<Tag> tags) {
        return tags.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
