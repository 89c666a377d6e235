package app.backline.network;

import app.backline.common.UserFacingException;
import app.backline.secrets.KeyFileKeySource;
import app.backline.secrets.TokenVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code network.properties}: round trip, sealed password, validation in plain words, atomic replacement. */
class NetworkSettingsFileTest {

    @TempDir
    Path dataDir;

    private TokenVault vault() {
        return new TokenVault(new KeyFileKeySource(dataDir.resolve("vault.key")));
    }

    @Test
    void noFileMeansTheSystemsProxySettings() {
        assertEquals(ProxySettings.SYSTEM, new NetworkSettingsFile(dataDir, vault()).proxy());
    }

    @Test
    void aManualProxyIsStoredWithItsPasswordSealedAndReadBack() throws IOException {
        ProxySettings manual = new ProxySettings(ProxySettings.Mode.MANUAL, ProxySettings.Kind.SOCKS,
                " proxy.label.example ", 1080, "team", "correct horse");

        new NetworkSettingsFile(dataDir, vault()).saveProxy(manual);
        ProxySettings read = new NetworkSettingsFile(dataDir, vault()).proxy();

        assertEquals(new ProxySettings(ProxySettings.Mode.MANUAL, ProxySettings.Kind.SOCKS, "proxy.label.example",
                1080, "team", "correct horse"), read);
        String text = Files.readString(dataDir.resolve(NetworkSettingsFile.NAME));
        assertFalse(text.contains("correct horse"), text);
        assertTrue(text.contains("password.sealed=v1\\:"), text);
        assertFalse(read.toString().contains("correct horse"));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void aSaveAppliesAtOnceToTheSameInstance() {
        NetworkSettingsFile settings = new NetworkSettingsFile(dataDir, vault());
        ProxySettings none = new ProxySettings(ProxySettings.Mode.NONE, null, null, 0, null, null);

        settings.saveProxy(none);

        assertEquals(none, settings.proxy());
    }

    @Test
    void invalidManualChoicesAreRefusedInPlainWordsAndNothingIsWritten() {
        NetworkSettingsFile settings = new NetworkSettingsFile(dataDir, vault());
        ProxySettings good = manual("proxy.example", 3128, null, null);
        settings.saveProxy(good);

        assertEquals("Enter the proxy's host name or address", refusal(settings, manual("  ", 3128, null, null)));
        assertEquals("Enter the proxy host without http:// (for example proxy.example.com)",
                refusal(settings, manual("http://proxy.example", 3128, null, null)));
        assertEquals("The proxy host 'proxy example' is not a host name or address",
                refusal(settings, manual("proxy example", 3128, null, null)));
        assertEquals("The proxy port must be a number from 1 to 65535",
                refusal(settings, manual("proxy.example", 0, null, null)));
        assertEquals("The proxy port must be a number from 1 to 65535",
                refusal(settings, manual("proxy.example", 70000, null, null)));
        assertEquals("A proxy password needs a user name too",
                refusal(settings, manual("proxy.example", 3128, " ", "secret")));
        assertEquals("A proxy user name cannot contain ':'",
                refusal(settings, manual("proxy.example", 3128, "a:b", "secret")));

        assertEquals(good, settings.proxy());
        assertEquals(good, new NetworkSettingsFile(dataDir, vault()).proxy());
    }

    @Test
    void anUnreadableFileFallsBackToTheSystemsSettings() throws IOException {
        Files.writeString(dataDir.resolve(NetworkSettingsFile.NAME), "mode=SOMETIMES\nport=abc\n");

        assertEquals(ProxySettings.SYSTEM, new NetworkSettingsFile(dataDir, vault()).proxy());
    }

    @Test
    void aPasswordSealedUnderAnotherKeyIsDroppedNotFatal() {
        new NetworkSettingsFile(dataDir, vault()).saveProxy(manual("proxy.example", 8080, "team", "secret"));
        TokenVault otherKey = new TokenVault(new KeyFileKeySource(dataDir.resolve("other.key")));

        ProxySettings read = new NetworkSettingsFile(dataDir, otherKey).proxy();

        assertEquals("team", read.user());
        assertNull(read.password());
    }

    @Test
    void aFileThatCannotBeWrittenIsAPlainWordsFailure() throws IOException {
        Path notADirectory = Files.writeString(dataDir.resolve("plain-file"), "x");
        NetworkSettingsFile settings = new NetworkSettingsFile(notADirectory, vault());

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> settings.saveProxy(manual("proxy.example", 8080, null, null)));

        assertTrue(e.getMessage().startsWith("The proxy settings cannot be saved to "), e.getMessage());
        assertEquals(ProxySettings.SYSTEM, settings.proxy());
    }

    private static ProxySettings manual(String host, int port, String user, String password) {
        return new ProxySettings(ProxySettings.Mode.MANUAL, ProxySettings.Kind.HTTP, host, port, user, password);
    }

    private static String refusal(NetworkSettings settings, ProxySettings proxy) {
        return assertThrows(UserFacingException.class, () -> settings.saveProxy(proxy)).getMessage();
    }
}
