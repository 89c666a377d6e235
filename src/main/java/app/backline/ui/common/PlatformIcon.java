package app.backline.ui.common;

import app.backline.domain.Platform;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.fontawesome6.FontAwesomeBrands;
import org.kordamp.ikonli.javafx.FontIcon;

/** Platform logos from Font Awesome 6 brands, coloured through the {@code platform-icon} style classes. */
public enum PlatformIcon {
    INSTAGRAM(Platform.INSTAGRAM, FontAwesomeBrands.INSTAGRAM),
    TIKTOK(Platform.TIKTOK, FontAwesomeBrands.TIKTOK),
    YOUTUBE(Platform.YOUTUBE, FontAwesomeBrands.YOUTUBE),
    X_TWITTER(Platform.X, MissingBrands.X_TWITTER),
    LINKEDIN(Platform.LINKEDIN, FontAwesomeBrands.LINKEDIN);

    private final Platform platform;
    private final Ikon ikon;

    PlatformIcon(Platform platform, Ikon ikon) {
        this.platform = platform;
        this.ikon = ikon;
    }

    public static PlatformIcon of(Platform platform) {
        for (PlatformIcon icon : values()) {
            if (icon.platform == platform) {
                return icon;
            }
        }
        throw new IllegalArgumentException("No icon for " + platform);
    }

    public Platform platform() {
        return platform;
    }

    /** A new logo node at {@code size} pixels, with style classes {@code platform-icon} and the platform key. */
    public FontIcon icon(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        icon.getStyleClass().addAll("platform-icon", platform.key());
        return icon;
    }

    /**
     * Glyphs that the bundled brands font (Font Awesome 6.5.2) has but Ikonli 12.4's enum does not list.
     * The {@code fab-} prefix makes Ikonli pick the brands font; the code point selects the glyph.
     */
    enum MissingBrands implements Ikon {
        X_TWITTER("fab-x-twitter", 0xe61b);

        private final String description;
        private final int code;

        MissingBrands(String description, int code) {
            this.description = description;
            this.code = code;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCode() {
            return code;
        }
    }
}
