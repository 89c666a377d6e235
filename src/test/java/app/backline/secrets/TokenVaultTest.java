package app.backline.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.backline.common.UserFacingException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVaultTest {

    private static final String TOKEN = "IGQWRPa1ZAtoken-secret-0123456789wxyz";
    private static final String AD = "account:42:access";

    @TempDir
    Path dir;

    private TokenVault vault() {
        return new TokenVault(new KeyFileKeySource(dir.resolve("vault.key")));
    }

    @Test
    void sealedTokenOpensWithTheSameAssociatedData() {
        TokenVault vault = vault();
        String sealed = vault.seal(TOKEN, AD);
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains(TOKEN));
        assertEquals(TOKEN, vault.open(sealed, AD));
        assertEquals(TOKEN, vault().open(sealed, AD), "a new vault on the same key file opens it too");
    }

    @Test
    void everySealUsesAFreshIv() {
        TokenVault vault = vault();
        String first = vault.seal(TOKEN, AD);
        String second = vault.seal(TOKEN, AD);
        assertNotEquals(first, second);
        byte[] a = Base64.getDecoder().decode(first.substring(3));
        byte[] b = Base64.getDecoder().decode(second.substring(3));
        assertNotEquals(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(a, 12)),
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(b, 12)));
    }

    @Test
    void tamperedCiphertextIsRefusedInPlainWords() {
        TokenVault vault = vault();
        byte[] raw = Base64.getDecoder().decode(vault.seal(TOKEN, AD).substring(3));
        raw[20] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        UserFacingException e = assertThrows(UserFacingException.class, () -> vault.open(tampered, AD));
        assertPlainAndSecretFree(e, tampered);
    }

    @Test
    void valueMovedToAnotherRowDoesNotOpen() {
        TokenVault vault = vault();
        String sealed = vault.seal(TOKEN, AD);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> vault.open(sealed, "account:43:access"));
        assertPlainAndSecretFree(e, sealed);
    }

    @Test
    void deletedKeyFileMeansReconnectNotAStackOfCrypto() throws Exception {
        String sealed = vault().seal(TOKEN, AD);
        Files.delete(dir.resolve("vault.key"));
        UserFacingException e = assertThrows(UserFacingException.class, () -> vault().open(sealed, AD));
        assertPlainAndSecretFree(e, sealed);
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("vault.key")), "opening never makes a key");
    }

    @Test
    void keyMadeAnewRefusesTokensSealedWithTheOldOne() throws Exception {
        String sealed = vault().seal(TOKEN, AD);
        Files.delete(dir.resolve("vault.key"));
        TokenVault fresh = vault();
        fresh.seal("another", "proxy");
        UserFacingException e = assertThrows(UserFacingException.class, () -> fresh.open(sealed, AD));
        assertPlainAndSecretFree(e, sealed);
    }

    @Test
    void damagedValuesAreRefusedInPlainWords() {
        TokenVault vault = vault();
        for (String bad : List.of("plain-token", "v1:not base64!", "v1:AAAA")) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> vault.open(bad, AD));
            assertTrue(e.getMessage().contains("reconnect"), e.getMessage());
        }
    }

    @Test
    void keyFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        vault().seal(TOKEN, AD);
        Path key = dir.resolve("vault.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(key).strip()).length);
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(key), leftovers.toList(), "no temp file stays behind");
        }
    }

    @Test
    void keyFileOthersCouldReadIsNarrowedOnLoad() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        String sealed = vault().seal(TOKEN, AD);
        Path key = dir.resolve("vault.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(TOKEN, vault().open(sealed, AD));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void concurrentFirstUseOfOneDataDirectoryMakesOneKey() throws Exception {
        int vaults = 8;
        ExecutorService pool = Executors.newFixedThreadPool(vaults);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<TokenVault> all = new ArrayList<>();
            List<Future<String>> sealed = new ArrayList<>();
            for (int i = 0; i < vaults; i++) {
                TokenVault vault = vault();
                all.add(vault);
                String plain = TOKEN + i;
                Callable<String> seal = () -> {
                    start.await();
                    return vault.seal(plain, AD);
                };
                sealed.add(pool.submit(seal));
            }
            start.countDown();
            for (int i = 0; i < vaults; i++) {
                String value = sealed.get(i).get();
                for (TokenVault other : all) {
                    assertEquals(TOKEN + i, other.open(value, AD), "every vault uses the one stored key");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFirstUseOfOneVaultMakesOneKey() throws Exception {
        TokenVault vault = vault();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> sealed = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sealed.add(pool.submit(() -> vault.seal(TOKEN, AD)));
            }
            TokenVault later = vault();
            for (Future<String> value : sealed) {
                assertEquals(TOKEN, later.open(value.get(), AD));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hintShowsTheLastFourCharactersAtMost() {
        assertEquals("…wxyz", Redactor.hint(TOKEN));
        assertEquals("…", Redactor.hint("short"));
        assertEquals(null, Redactor.hint(null));
    }

    private static void assertPlainAndSecretFree(UserFacingException e, String sealed) {
        assertTrue(e.getMessage().contains("reconnect"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()) + t;
            assertFalse(text.contains(TOKEN), "no token in " + text);
            assertFalse(text.contains(sealed.substring(3, 20)), "no sealed value in " + text);
        }
    }
}
