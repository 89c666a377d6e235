package app.backline.secrets;

import java.util.Optional;

/** Where the vault's 256-bit key lives: the OS keyring, or a key file only the user can read. */
public interface KeySource {

    /** The stored key (32 bytes), empty when this source has none yet. */
    Optional<byte[]> load();

    /** Stores a new key. @throws app.backline.common.UserFacingException when it cannot be stored */
    void store(byte[] key);

    /** Where the key is, in plain words for Settings and the threat model ("key file ~/.../vault.key"). */
    String describe();
}
