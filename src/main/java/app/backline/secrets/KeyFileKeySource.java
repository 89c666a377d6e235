package app.backline.secrets;

import app.backline.common.UserFacingException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;

/**
 * The vault key as a Base64 file readable only by the user (POSIX {@code rw-------}); on file systems
 * without POSIX permissions the data directory's own access rights protect it.
 */
public final class KeyFileKeySource implements KeySource {

    private final Path file;

    public KeyFileKeySource(Path file) {
        this.file = file;
    }

    @Override
    public Optional<byte[]> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException("The token key file " + file + " cannot be read: reconnect the accounts", e);
        }
    }

    @Override
    public void store(byte[] key) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            createPrivate(tmp);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key));
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException("Another process created the token key file " + file + " at the same time", e);
        } catch (IOException e) {
            throw new UserFacingException("The token key file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static void createPrivate(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
    }

    @Override
    public String describe() {
        return "key file " + file;
    }
}
