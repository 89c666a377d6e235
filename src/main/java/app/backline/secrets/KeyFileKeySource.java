package app.backline.secrets;

import app.backline.common.UserFacingException;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault key as a Base64 file readable only by the user (POSIX {@code rw-------}); on file systems
 * without POSIX permissions the data directory's own access rights protect it. The first key stored wins:
 * a second writer racing it leaves the file as it is (the vault then reads the winner's key).
 */
public final class KeyFileKeySource implements KeySource {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFileKeySource.class);

    private final Path file;

    public KeyFileKeySource(Path file) {
        this.file = file;
    }

    /** @throws UserFacingException when the file exists but cannot be read or is not Base64 */
    @Override
    public Optional<byte[]> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (PrivateFiles.ownerOnly(file)) {
                LOG.info("Others could read the token key file {}: it is now readable by its owner only", file);
            }
            return Optional.of(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException("The token key file " + file + " cannot be read: reconnect the accounts", e);
        }
    }

    /** Writes the key unless a key file exists already. @throws UserFacingException when it cannot be written */
    @Override
    public void store(byte[] key) {
        try {
            PrivateFiles.writeOnce(file, Base64.getEncoder().encodeToString(key));
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new UserFacingException("The token key file " + file + " cannot be written: " + reason, e);
        }
    }

    /** Whether the key file exists. */
    boolean exists() {
        return Files.exists(file);
    }

    @Override
    public String describe() {
        return "key file " + file;
    }
}
