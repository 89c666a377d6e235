package app.backline.importer;

import app.backline.common.UserFacingException;

/**
 * An archive Backline refuses to import: not an archive, damaged, of an unknown layout, or hostile
 * (entries escaping the archive, a zip bomb). The message is one plain-words line naming the file.
 * Nothing has been written when it is thrown.
 */
public final class ArchiveRejectedException extends UserFacingException {

    public ArchiveRejectedException(String message) {
        super(oneLine(message));
    }

    public ArchiveRejectedException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
