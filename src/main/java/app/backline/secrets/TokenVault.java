package app.backline.secrets;

import app.backline.common.UserFacingException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals access tokens, refresh tokens and client secrets with AES-256-GCM (JDK crypto) before they are
 * stored, and opens them for use. The key is made on first use and kept by a {@link KeySource}.
 * Sealed text: {@code v1:} + Base64(12-byte IV ‖ ciphertext ‖ 16-byte tag). Thread-safe.
 *
 * <p>{@code associatedData} binds a sealed value to where it is stored (e.g. {@code "account:42:access"}),
 * so a sealed token copied onto another account's row does not open.
 */
public final class TokenVault {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeySource keys;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    public TokenVault(KeySource keys) {
        this.keys = keys;
    }

    /**
     * Encrypts {@code plaintext}; a fresh random IV every time. The first seal makes the key when there is none.
     *
     * @throws UserFacingException when the key cannot be read or stored (e.g. the OS keyring is locked)
     */
    public String seal(String plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, associatedData);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Decrypts what {@link #seal} made with the same associated data.
     *
     * @throws UserFacingException when the value was tampered with, belongs elsewhere, or the key changed or
     *         is missing (e.g. the key file was deleted): the account must be reconnected. The message never
     *         contains the sealed value or the token.
     */
    public String open(String sealed, String associatedData) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new UserFacingException("A stored token is not in a format Backline knows: reconnect the account");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length < IV_BYTES + TAG_BITS / 8) {
                throw new UserFacingException("A stored token is damaged: reconnect the account");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, IV_BYTES), associatedData);
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UserFacingException(
                    "A stored token cannot be decrypted (the key in the " + keys.describe()
                            + " changed or the value was altered): reconnect the account", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** Where the key lives, in plain words. */
    public String keyLocation() {
        return keys.describe();
    }

    private Cipher cipher(int mode, byte[] iv, String associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(mode == Cipher.ENCRYPT_MODE), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKey key(boolean create) throws GeneralSecurityException {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate(create);
                }
                k = key;
            }
        }
        return k;
    }

    /**
     * The stored key, else (when {@code create}) a new one. After storing, the key is read back: when another
     * vault on the same data directory stored its key first, that one is used and this one is dropped.
     */
    private SecretKey loadOrCreate(boolean create) throws GeneralSecurityException {
        byte[] stored = keys.load().orElse(null);
        if (stored == null && !create) {
            throw new UserFacingException("The token key (" + keys.describe()
                    + ") is missing, so stored tokens cannot be read: reconnect the accounts");
        }
        if (stored == null) {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            keys.store(generator.generateKey().getEncoded());
            stored = keys.load().orElseThrow(() -> new UserFacingException(
                    "The token key could not be kept in the " + keys.describe()));
        }
        if (stored.length != 32) {
            throw new UserFacingException("The token key in the " + keys.describe()
                    + " is damaged: reconnect the accounts");
        }
        return new SecretKeySpec(stored, "AES");
    }
}
