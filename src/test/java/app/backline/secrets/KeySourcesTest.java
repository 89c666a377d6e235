package app.backline.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySourcesTest {

    private static final String TOKEN = "EAAB-access-token-secret-1234";

    @TempDir
    Path dataDir;

    @Test
    void keyGoesToTheKeyringWhenOneAnswers() throws Exception {
        FakeKeyring keyring = new FakeKeyring();
        String sealed = new TokenVault(KeySources.choose(dataDir, keyring)).seal(TOKEN, "a");

        assertEquals(1, keyring.entries.size());
        assertFalse(Files.exists(dataDir.resolve(KeySources.KEY_FILE)));
        String entry = Files.readString(dataDir.resolve(KeySources.KEYRING_MARKER)).strip();
        assertTrue(keyring.entries.containsKey(entry));
        assertFalse(Files.readString(dataDir.resolve(KeySources.KEYRING_MARKER)).contains(keyring.entries.get(entry)));
        assertEquals(TOKEN, new TokenVault(KeySources.choose(dataDir, keyring)).open(sealed, "a"));
    }

    @Test
    void withoutAKeyringTheKeyFileIsUsed() throws Exception {
        String sealed = new TokenVault(KeySources.choose(dataDir, new FakeKeyring().unavailable())).seal(TOKEN, "a");

        assertTrue(Files.exists(dataDir.resolve(KeySources.KEY_FILE)));
        assertFalse(Files.exists(dataDir.resolve(KeySources.KEYRING_MARKER)));
        FakeKeyring nowThere = new FakeKeyring();
        assertEquals(TOKEN, new TokenVault(KeySources.choose(dataDir, nowThere)).open(sealed, "a"));
        assertTrue(nowThere.entries.isEmpty(), "a key file in use stays in use when a keyring appears");
    }

    @Test
    void aHangingKeyringIsGivenUpAfterTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        OsKeyring hanging = new TimedKeyring(new FakeKeyring().hangingOn(never), Duration.ofMillis(200));
        long start = System.nanoTime();
        String sealed = new TokenVault(KeySources.choose(dataDir, hanging)).seal(TOKEN, "a");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(tookMs < 5_000, "took " + tookMs + " ms");
        assertTrue(Files.exists(dataDir.resolve(KeySources.KEY_FILE)));
        assertEquals(TOKEN, new TokenVault(KeySources.choose(dataDir, hanging)).open(sealed, "a"));
        never.countDown();
    }

    @Test
    void keyInAKeyringThisSessionCannotReachIsAPlainErrorNotASecondKey() {
        FakeKeyring keyring = new FakeKeyring();
        String sealed = new TokenVault(KeySources.choose(dataDir, keyring)).seal(TOKEN, "a");

        TokenVault elsewhere = new TokenVault(KeySources.choose(dataDir, keyring.unavailable()));
        UserFacingException e = assertThrows(UserFacingException.class, () -> elsewhere.open(sealed, "a"));
        assertTrue(e.getMessage().contains("OS keyring"), e.getMessage());
        assertThrows(UserFacingException.class, () -> elsewhere.seal(TOKEN, "b"));
        assertFalse(Files.exists(dataDir.resolve(KeySources.KEY_FILE)));
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void keyringEntryRemovedByTheUserMeansReconnect() {
        FakeKeyring keyring = new FakeKeyring();
        String sealed = new TokenVault(KeySources.choose(dataDir, keyring)).seal(TOKEN, "a");
        keyring.entries.clear();

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> new TokenVault(KeySources.choose(dataDir, keyring)).open(sealed, "a"));
        assertTrue(e.getMessage().contains("reconnect"), e.getMessage());
    }

    @Test
    void realKeyringOnThisMachineFallsBackToTheKeyFileOrWorks() {
        TokenVault vault = new TokenVault(KeySources.choose(dataDir));
        String sealed = vault.seal(TOKEN, "a");
        assertEquals(TOKEN, new TokenVault(KeySources.choose(dataDir)).open(sealed, "a"));
        assertTrue(Files.exists(dataDir.resolve(KeySources.KEY_FILE))
                || Files.exists(dataDir.resolve(KeySources.KEYRING_MARKER)));
    }

    /** An in-memory keyring that can be made unavailable or made to hang. */
    static final class FakeKeyring implements OsKeyring {
        final Map<String, String> entries;
        private final boolean available;
        private final CountDownLatch hangUntil;

        FakeKeyring() {
            this(new ConcurrentHashMap<>(), true, null);
        }

        private FakeKeyring(Map<String, String> entries, boolean available, CountDownLatch hangUntil) {
            this.entries = entries;
            this.available = available;
            this.hangUntil = hangUntil;
        }

        FakeKeyring unavailable() {
            return new FakeKeyring(entries, false, null);
        }

        FakeKeyring hangingOn(CountDownLatch latch) {
            return new FakeKeyring(entries, true, latch);
        }

        @Override
        public Optional<String> read(String entry) {
            check();
            return Optional.ofNullable(entries.get(entry));
        }

        @Override
        public void write(String entry, String secret) {
            check();
            entries.put(entry, secret);
        }

        @Override
        public void delete(String entry) {
            entries.remove(entry);
        }

        @Override
        public String describe() {
            return "OS keyring";
        }

        private void check() {
            if (hangUntil != null) {
                try {
                    hangUntil.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (!available) {
                throw new KeyringUnavailableException("there is no OS keyring here");
            }
        }
    }
}
