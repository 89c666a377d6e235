package app.backline.secrets;

import app.backline.common.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key in the OS keyring when a marker file names its entry, else in the key file; a new key goes to the
 * keyring when it answers, else to the key file (see {@link KeySources}). Thread-safe.
 */
final class KeyringOrFileKeySource implements KeySource {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringOrFileKeySource.class);

    private final OsKeyring keyring;
    private final Path marker;
    private final KeyFileKeySource file;

    KeyringOrFileKeySource(OsKeyring keyring, Path marker, KeyFileKeySource file) {
        this.keyring = keyring;
        this.marker = marker;
        this.file = file;
    }

    /** @throws UserFacingException when the key is in a keyring this session cannot reach */
    @Override
    public synchronized Optional<byte[]> load() {
        Optional<KeyringKeySource> inKeyring = markedEntry();
        if (inKeyring.isEmpty()) {
            return file.load();
        }
        try {
            return inKeyring.get().load();
        } catch (KeyringUnavailableException e) {
            throw unreachable(e);
        }
    }

    @Override
    public synchronized void store(byte[] key) {
        Optional<KeyringKeySource> inKeyring = markedEntry();
        if (inKeyring.isPresent()) {
            storeMarked(inKeyring.get(), key);
        } else if (file.exists()) {
            file.store(key);
        } else {
            storeNew(key);
        }
    }

    @Override
    public String describe() {
        return markedEntry().map(KeyringKeySource::describe).orElseGet(file::describe);
    }

    private void storeMarked(KeyringKeySource source, byte[] key) {
        try {
            source.store(key);
        } catch (KeyringUnavailableException e) {
            throw unreachable(e);
        }
    }

    /** Keyring first; the marker is written only once the key is in it, so a failed write leaves no trace. */
    private void storeNew(byte[] key) {
        KeyringKeySource candidate = new KeyringKeySource(keyring, "token key " + UUID.randomUUID());
        try {
            candidate.store(key);
        } catch (KeyringUnavailableException e) {
            LOG.info("The token key is kept in the {}: {}", file.describe(), e.getMessage());
            file.store(key);
            return;
        }
        try {
            if (PrivateFiles.writeOnce(marker, candidate.entry() + "\n")) {
                LOG.info("The token key is kept in the {}", candidate.describe());
            } else {
                candidate.forget();
            }
        } catch (IOException e) {
            candidate.forget();
            throw new UserFacingException("The file " + marker + " cannot be written: the token key was not kept", e);
        }
    }

    private Optional<KeyringKeySource> markedEntry() {
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KeyringKeySource(keyring, Files.readString(marker).strip()));
        } catch (IOException e) {
            throw new UserFacingException("The file " + marker + " cannot be read: reconnect the accounts", e);
        }
    }

    private UserFacingException unreachable(KeyringUnavailableException e) {
        return new UserFacingException("The token key is kept in the " + keyring.describe()
                + ", which cannot be used now (" + e.getMessage() + "): open Backline in your desktop session,"
                + " or delete " + marker + " and reconnect the accounts");
    }
}
