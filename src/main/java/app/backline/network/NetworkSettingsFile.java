package app.backline.network;

import app.backline.common.AtomicFileWriter;

import app.backline.common.UserFacingException;
import app.backline.secrets.TokenVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The proxy choice in {@code network.properties} in the data directory. The file is written whole and
 * atomically (temp file in the same folder, forced, then moved over the old one); the password is stored
 * only sealed by the {@link TokenVault} (associated data {@code "proxy"}). Read once at start and kept in
 * memory, so {@link #proxy()} is cheap enough for every request. A missing or unreadable file means
 * SYSTEM; a password that no longer opens (the vault key changed) is dropped with a warning. Thread-safe.
 */
public final class NetworkSettingsFile implements NetworkSettings {

    public static final String NAME = "network.properties";
    static final String ASSOCIATED_DATA = "proxy";
    private static final Logger LOG = LoggerFactory.getLogger(NetworkSettingsFile.class);

    private final Path file;
    private final TokenVault vault;
    private volatile ProxySettings current;

    public NetworkSettingsFile(Path dataDir, TokenVault vault) {
        this.file = dataDir.resolve(NAME);
        this.vault = vault;
        this.current = load();
    }

    @Override
    public ProxySettings proxy() {
        return current;
    }

    @Override
    public synchronized void saveProxy(ProxySettings proxy) {
        String problem = ProxyRules.problem(proxy);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        ProxySettings clean = new ProxySettings(proxy.mode(), proxy.kind(), strip(proxy.host()), proxy.port(),
                strip(proxy.user()), proxy.password() == null || proxy.password().isEmpty() ? null : proxy.password());
        try {
            write(toProperties(clean));
        } catch (IOException e) {
            throw new UserFacingException("The proxy settings cannot be saved to " + file + ": " + e.getMessage(), e);
        }
        current = clean;
        LOG.info("Proxy settings saved: {}", clean);
    }

    private ProxySettings load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return ProxySettings.SYSTEM;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}; using the system's proxy settings", file, e);
            return ProxySettings.SYSTEM;
        }
        try {
            ProxySettings.Mode mode = ProxySettings.Mode.valueOf(p.getProperty("mode", "SYSTEM"));
            ProxySettings.Kind kind = ProxySettings.Kind.valueOf(p.getProperty("kind", "HTTP"));
            int port = Integer.parseInt(p.getProperty("port", "0"));
            return new ProxySettings(mode, kind, p.getProperty("host"), port, p.getProperty("user"),
                    password(p.getProperty("password.sealed")));
        } catch (IllegalArgumentException e) {
            LOG.warn("{} holds values Backline does not know ({}); using the system's proxy settings",
                    file, e.getMessage());
            return ProxySettings.SYSTEM;
        }
    }

    private String password(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return vault.open(sealed, ASSOCIATED_DATA);
        } catch (UserFacingException e) {
            LOG.warn("The stored proxy password cannot be decrypted; enter it again in Settings");
            return null;
        }
    }

    private Properties toProperties(ProxySettings proxy) {
        Properties p = new Properties();
        p.setProperty("mode", proxy.mode().name());
        p.setProperty("kind", proxy.kind().name());
        p.setProperty("port", Integer.toString(proxy.port()));
        if (proxy.host() != null) {
            p.setProperty("host", proxy.host());
        }
        if (proxy.user() != null) {
            p.setProperty("user", proxy.user());
        }
        if (proxy.password() != null) {
            p.setProperty("password.sealed", vault.seal(proxy.password(), ASSOCIATED_DATA));
        }
        return p;
    }

    private void write(Properties properties) throws IOException {
        AtomicFileWriter.writeProperties(file, properties, "Backline proxy settings; the password is sealed by the token vault");
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
