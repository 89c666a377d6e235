package app.backline.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Small files only the user may read ({@code rw-------} where the file system has POSIX permissions). */
final class PrivateFiles {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Writes {@code text} to {@code target} unless it exists: the text goes to a private temp file in the same
     * folder, is forced to disk, then linked into place, which fails atomically when another writer was first.
     *
     * @return {@code true} when this call created {@code target}, {@code false} when it existed already
     */
    static boolean writeOnce(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = createPrivateTemp(folder, target.getFileName().toString());
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            return publish(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Narrows a file's permissions to the owner's when the file system has POSIX permissions. */
    static boolean ownerOnly(Path file) throws IOException {
        try {
            if (Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                return false;
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return true;
        } catch (UnsupportedOperationException notPosix) {
            return false;
        }
    }

    private static Path createPrivateTemp(Path folder, String name) throws IOException {
        try {
            return Files.createTempFile(folder, "." + name + "-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(folder, "." + name + "-", ".tmp");
        }
    }

    /** A hard link cannot replace an existing file, unlike a rename; file systems without links get a move. */
    private static boolean publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(target)) {
                return false;
            }
            try {
                Files.move(temp, target);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            }
        }
    }
}
