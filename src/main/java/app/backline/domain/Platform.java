package app.backline.domain;

import java.util.Locale;

/** The five platforms an artist publishes on. {@link #key()} is the lower-case wire and export name. */
public enum Platform {
    INSTAGRAM("Instagram"),
    TIKTOK("TikTok"),
    YOUTUBE("YouTube"),
    X("X"),
    LINKEDIN("LinkedIn");

    private final String displayName;

    Platform(String displayName) {
        this.displayName = displayName;
    }

    /** Lower-case name used in exports, JSON and the CLI, e.g. {@code "instagram"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Name as the platform writes it, e.g. {@code "TikTok"}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Parses a platform name in any case ({@code "x"}, {@code "Instagram"}, {@code "TWITTER"} for X).
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
     */
    public static Platform parse(String text) {
        String upper = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("TWITTER")) {
            return X;
        }
        for (Platform p : values()) {
            if (p.name().equals(upper)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "Unknown platform '" + text + "': use instagram, tiktok, youtube, x or linkedin");
    }
}
