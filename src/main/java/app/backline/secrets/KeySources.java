package app.backline.secrets;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Chooses where a data directory's vault key lives: {@code TokenVault vault = new TokenVault(KeySources.choose(dataDir))}.
 *
 * <p>The choice is made when the first key is stored, not at start-up (a locked keyring would otherwise prompt
 * users who never connect an account): the OS keyring when it answers within {@link #KEYRING_TIMEOUT}, else the
 * key file {@code vault.key} in the data directory. A key kept in the keyring leaves the marker file
 * {@code vault.keyring} (the entry's name, no secret) so that a session without the keyring (an SSH login, a
 * cron job) fails with a plain message instead of silently making a second key.
 */
public final class KeySources {

    /** How long one keyring call may take before Backline gives up on the keyring. */
    public static final Duration KEYRING_TIMEOUT = Duration.ofSeconds(3);
    static final String KEY_FILE = "vault.key";
    static final String KEYRING_MARKER = "vault.keyring";

    private KeySources() {
    }

    /** The key source of {@code dataDir}: OS keyring where one is available, else the key file. */
    public static KeySource choose(Path dataDir) {
        return choose(dataDir, new TimedKeyring(new JavaKeyring(), KEYRING_TIMEOUT));
    }

    /** As {@link #choose(Path)} with the given keyring (tests pass a fake). */
    static KeySource choose(Path dataDir, OsKeyring keyring) {
        return new KeyringOrFileKeySource(keyring, dataDir.resolve(KEYRING_MARKER),
                new KeyFileKeySource(dataDir.resolve(KEY_FILE)));
    }
}
