package app.backline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Turns a path the user picked into an {@link ArchiveSource}: a folder as it is, a file only when it
 * is a zip file (recognized by its first bytes, whatever its name), anything else refused.
 */
final class ArchiveOpener {

    private final ArchiveLimits limits;

    ArchiveOpener(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** @throws ArchiveRejectedException when the path is missing, empty, not a zip file or a damaged one */
    ArchiveSource open(Path path) throws IOException {
        String name = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            return FolderArchiveSource.open(path, limits);
        }
        if (!Files.isRegularFile(path)) {
            throw new ArchiveRejectedException("Not found: " + path + " is neither a file nor a folder");
        }
        if (Files.size(path) == 0) {
            throw new ArchiveRejectedException("Empty file: " + name + " is 0 bytes, not an archive");
        }
        if (!startsLikeZip(path)) {
            throw new ArchiveRejectedException("Not an archive: " + name + " is neither a zip file nor a folder");
        }
        try {
            return ZipArchiveSource.open(path, limits);
        } catch (ZipException e) {
            throw new ArchiveRejectedException("Damaged zip file: " + name + " cannot be opened ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Local file header {@code PK\3\4}, or the end record {@code PK\5\6} of an empty zip. */
    private static boolean startsLikeZip(Path path) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        return head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }
}
