package app.backline.platform;

import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.Locale;

/**
 * User name and password for a MANUAL SOCKS proxy. The JDK's SOCKS client asks the JVM-wide
 * {@link Authenticator#setDefault default authenticator} for them (OkHttp has no SOCKS authentication of
 * its own), so the composition root installs this once. It answers only the configured SOCKS proxy's
 * host and port, and nobody else.
 */
public final class SocksCredentials extends Authenticator {

    private final NetworkSettings network;

    public SocksCredentials(NetworkSettings network) {
        this.network = network;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        ProxySettings proxy = network.proxy();
        String protocol = getRequestingProtocol() == null ? "" : getRequestingProtocol().toUpperCase(Locale.ROOT);
        boolean ours = proxy.mode() == ProxySettings.Mode.MANUAL && proxy.kind() == ProxySettings.Kind.SOCKS
                && proxy.user() != null && !proxy.user().isBlank() && protocol.startsWith("SOCKS")
                && proxy.host().equalsIgnoreCase(getRequestingHost()) && proxy.port() == getRequestingPort();
        if (!ours) {
            return null;
        }
        char[] password = proxy.password() == null ? new char[0] : proxy.password().toCharArray();
        return new PasswordAuthentication(proxy.user(), password);
    }
}
