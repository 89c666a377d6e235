package app.backline.common;

/**
 * A failure whose message is one plain-words line fit for a dialog or the CLI's stderr,
 * e.g. "Not an archive: report.pdf is neither a zip file nor a folder".
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
