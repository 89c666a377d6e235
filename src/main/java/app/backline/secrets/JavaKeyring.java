package app.backline.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The OS keyring through java-keyring: Secret Service over D-Bus on Linux, Keychain on macOS, Credential
 * Manager on Windows. Each call opens and closes its own connection, so no D-Bus thread outlives it.
 * Calls block; {@link TimedKeyring} bounds them.
 */
final class JavaKeyring implements OsKeyring {

    static final String SERVICE = "Backline";

    @Override
    public Optional<String> read(String entry) {
        try (Keyring keyring = open()) {
            return Optional.ofNullable(keyring.getPassword(SERVICE, entry));
        } catch (PasswordAccessException noSuchEntry) {
            return Optional.empty();
        } catch (Exception e) {
            throw failed(e);
        }
    }

    @Override
    public void write(String entry, String secret) {
        try (Keyring keyring = open()) {
            keyring.setPassword(SERVICE, entry, secret);
        } catch (Exception e) {
            throw failed(e);
        }
    }

    @Override
    public void delete(String entry) {
        try (Keyring keyring = open()) {
            keyring.deletePassword(SERVICE, entry);
        } catch (Exception ignored) {
            // nothing to remove, or no keyring: either way nothing holds the entry's key any more
        }
    }

    @Override
    public String describe() {
        return "OS keyring";
    }

    private static Keyring open() {
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException e) {
            throw new KeyringUnavailableException(
                    "there is no OS keyring here (no Secret Service, Keychain or Credential Manager)");
        }
    }

    /** Messages of keyring libraries are not ours to show; the exception's kind says enough. */
    private static KeyringUnavailableException failed(Exception e) {
        if (e instanceof KeyringUnavailableException unavailable) {
            return unavailable;
        }
        return new KeyringUnavailableException("the OS keyring refused the request (" + e.getClass().getSimpleName() + ")");
    }
}
