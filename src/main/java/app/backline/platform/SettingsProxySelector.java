package app.backline.platform;

import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chooses the route of each new connection from the proxy settings as they are now: SYSTEM asks the
 * JVM's default selector (the OS's settings when {@code java.net.useSystemProxies=true}), NONE goes
 * direct, MANUAL always goes through the configured HTTP or SOCKS proxy and never around it.
 */
final class SettingsProxySelector extends ProxySelector {

    private final NetworkSettings network;
    private final Supplier<ProxySelector> system;

    /** @param system the operating system's selector, normally {@link ProxySelector#getDefault()} */
    SettingsProxySelector(NetworkSettings network, Supplier<ProxySelector> system) {
        this.network = network;
        this.system = system;
    }

    @Override
    public List<Proxy> select(URI uri) {
        ProxySettings proxy = network.proxy();
        return switch (proxy.mode()) {
            case NONE -> List.of(Proxy.NO_PROXY);
            case MANUAL -> List.of(manual(proxy));
            case SYSTEM -> systemChoice(uri);
        };
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        ProxySelector os = system.get();
        if (network.proxy().mode() == ProxySettings.Mode.SYSTEM && os != null && os != this) {
            os.connectFailed(uri, address, failure);
        }
    }

    /** The configured proxy; unresolved so that a host name is looked up when the connection is made. */
    static Proxy manual(ProxySettings proxy) {
        Proxy.Type type = proxy.kind() == ProxySettings.Kind.SOCKS ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
        return new Proxy(type, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
    }

    private List<Proxy> systemChoice(URI uri) {
        ProxySelector os = system.get();
        if (os == null || os == this) {
            return List.of(Proxy.NO_PROXY);
        }
        List<Proxy> chosen = os.select(uri);
        return chosen == null || chosen.isEmpty() ? List.of(Proxy.NO_PROXY) : chosen;
    }
}
