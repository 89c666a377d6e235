package app.backline.domain;

import java.util.Locale;

/** What a post is about, as label staff read a feed. */
public enum Tag {
    RELEASE, SHOW, MERCH, PRESS, GENERAL;

    /** Lower-case name used in exports and the CLI. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code text} is not a tag name (any case) */
    public static Tag parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Unknown tag '" + text + "': use release, show, merch, press or general", e);
        }
    }
}
