package app.backline.platform;

import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

import java.net.Proxy;
import java.nio.charset.StandardCharsets;

/**
 * Answers an HTTP proxy's {@code 407 Proxy Authentication Required} with Basic credentials from the
 * MANUAL proxy settings (also pre-emptively on HTTPS tunnels). Gives up (returns {@code null}) when the
 * credentials were already sent and refused, when there are none, or when the route is not the
 * configured proxy, so a password is never offered to another host.
 */
final class ProxyCredentials implements Authenticator {

    private final NetworkSettings network;

    ProxyCredentials(NetworkSettings network) {
        this.network = network;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        ProxySettings proxy = network.proxy();
        if (proxy.mode() != ProxySettings.Mode.MANUAL || proxy.kind() != ProxySettings.Kind.HTTP
                || proxy.user() == null || proxy.user().isBlank()) {
            return null;
        }
        if (route == null || route.proxy().type() != Proxy.Type.HTTP
                || !route.proxy().equals(SettingsProxySelector.manual(proxy))) {
            return null;
        }
        if (response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        String password = proxy.password() == null ? "" : proxy.password();
        return response.request().newBuilder()
                .header("Proxy-Authorization", Credentials.basic(proxy.user(), password, StandardCharsets.UTF_8))
                .build();
    }
}
