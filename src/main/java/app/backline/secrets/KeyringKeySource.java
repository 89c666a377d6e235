package app.backline.secrets;

import app.backline.common.UserFacingException;
import java.util.Base64;
import java.util.Optional;

/** The vault key as one entry of the OS keyring (service "Backline"), Base64-encoded. */
final class KeyringKeySource implements KeySource {

    private final OsKeyring keyring;
    private final String entry;

    KeyringKeySource(OsKeyring keyring, String entry) {
        this.keyring = keyring;
        this.entry = entry;
    }

    /** @throws KeyringUnavailableException when the keyring cannot be reached */
    @Override
    public Optional<byte[]> load() {
        try {
            return keyring.read(entry).map(value -> Base64.getDecoder().decode(value.strip()));
        } catch (IllegalArgumentException notBase64) {
            throw new UserFacingException("The token key in the " + describe() + " is damaged: reconnect the accounts");
        }
    }

    /** @throws KeyringUnavailableException when the keyring cannot be reached or refuses */
    @Override
    public void store(byte[] key) {
        keyring.write(entry, Base64.getEncoder().encodeToString(key));
    }

    String entry() {
        return entry;
    }

    void forget() {
        keyring.delete(entry);
    }

    @Override
    public String describe() {
        return keyring.describe() + " (entry \"" + entry + "\" of " + JavaKeyring.SERVICE + ")";
    }
}
