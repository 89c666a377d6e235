package app.backline.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;

/** Small rounded state labels ("Up to date", "Failed") tinted by tone through the theme's tokens. */
public final class Badges {

    /** The theme colour family of a badge. */
    public enum Tone { NEUTRAL, ACCENT, SUCCESS, DANGER, WARNING }

    private Badges() {
    }

    /** A new badge with style classes {@code badge} and {@code badge-<tone>}. */
    public static Label badge(String text, Tone tone) {
        Label badge = new Label(text);
        badge.getStyleClass().add("badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        tone(badge, tone);
        return badge;
    }

    /** Re-tints an existing badge. */
    public static void tone(Label badge, Tone tone) {
        badge.getStyleClass().removeIf(style -> style.startsWith("badge-"));
        badge.getStyleClass().add("badge-" + tone.name().toLowerCase(Locale.ROOT));
    }
}
