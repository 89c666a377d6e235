package app.backline.platform;

import app.backline.common.UserFacingException;

/**
 * A media download that failed, in plain words ("Not an image: the server sent text/html"). The message
 * names no URL: signed CDN addresses carry credentials of their own.
 */
public final class MediaDownloadException extends UserFacingException {

    private final boolean offline;

    public MediaDownloadException(String message, boolean offline, Throwable cause) {
        super(message, cause);
        this.offline = offline;
    }

    /** The network itself failed (no route, no answer): later downloads in the same batch would fail too. */
    public boolean offline() {
        return offline;
    }
}
