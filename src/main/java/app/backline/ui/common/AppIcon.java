package app.backline.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every glyph the app shows, by role, backed by Feather. */
public enum AppIcon {
    ADD(Feather.PLUS),
    RENAME(Feather.EDIT_2),
    REMOVE(Feather.TRASH_2),
    IMPORT(Feather.DOWNLOAD),
    EXPORT(Feather.UPLOAD),
    ARCHIVE(Feather.ARCHIVE),
    FOLDER(Feather.FOLDER),
    FILE(Feather.FILE_TEXT),
    SEARCH(Feather.SEARCH),
    FILTER(Feather.FILTER),
    DARK(Feather.MOON),
    LIGHT(Feather.SUN),
    ARTIST(Feather.USER),
    ROSTER(Feather.USERS),
    FEED(Feather.INBOX),
    LIKES(Feather.HEART),
    COMMENTS(Feather.MESSAGE_CIRCLE),
    SHARES(Feather.SHARE_2),
    VIEWS(Feather.EYE),
    REPLY(Feather.CORNER_UP_LEFT),
    REPOST(Feather.REPEAT),
    IMAGE(Feather.IMAGE),
    VIDEO(Feather.FILM),
    CAROUSEL(Feather.LAYERS),
    TEXT(Feather.ALIGN_LEFT),
    LINK(Feather.LINK),
    EXTERNAL(Feather.EXTERNAL_LINK),
    HASHTAG(Feather.HASH),
    MENTION(Feather.AT_SIGN),
    CLOCK(Feather.CLOCK),
    CALENDAR(Feather.CALENDAR),
    TAG(Feather.TAG),
    COPY(Feather.CLIPBOARD),
    MORE(Feather.MORE_HORIZONTAL),
    BACKUP(Feather.SAVE),
    RESTORE(Feather.ROTATE_CCW),
    CHECK(Feather.CHECK),
    OFFLINE(Feather.CLOUD_OFF),
    STORED(Feather.HARD_DRIVE),
    ERROR(Feather.ALERT_CIRCLE),
    SUCCESS(Feather.CHECK_CIRCLE),
    INFO(Feather.INFO),
    CLOSE(Feather.X),
    LIBRARY(Feather.DATABASE),
    MUSIC(Feather.MUSIC),
    POST(Feather.FILE),
    SYNC(Feather.REFRESH_CW),
    PAUSE(Feather.PAUSE),
    PLAY(Feather.PLAY),
    CONNECTIONS(Feather.LINK_2),
    RUNS(Feather.LIST),
    SETTINGS(Feather.SETTINGS),
    NETWORK(Feather.GLOBE),
    WARNING(Feather.ALERT_TRIANGLE);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public Ikon ikon() {
        return ikon;
    }

    /**
     * Loads the icon fonts (Ikonli reads every installed pack's font the first time a glyph is made, about
     * 0.1 s): call it on a background thread at start-up so that the window's first icons need not wait.
     * Safe on any thread; it touches no scene.
     */
    public static void preload() {
        ADD.icon();
    }

    /** A new node showing this glyph at the theme's icon size. */
    public FontIcon icon() {
        return new FontIcon(ikon);
    }

    /** A new node showing this glyph at {@code size} pixels. */
    public FontIcon icon(int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
