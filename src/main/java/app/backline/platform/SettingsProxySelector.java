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
 * JVM's default selector (the OS's settings when {@code java.net.useSystemProxies=true}) and, when that
 * goes direct, the {@code *_proxy} environment variables ({@link EnvironmentProxies}); NONE goes direct;
 * MANUAL always goes through the configured HTTP or SOCKS proxy and never around it.
 */
final class SettingsProxySelector extends ProxySelector {

    private final NetworkSettings network;
    private final Supplier<ProxySelector> system;
    private final EnvironmentProxies environment;

    /**
     * @param system      the operating system's selector, normally {@link ProxySelector#getDefault()}
     * @param environment asked in SYSTEM mode when the OS's selector goes direct
     */
    SettingsProxySelector(NetworkSettings network, Supplier<ProxySelector> system, EnvironmentProxies environment) {
        this.network = network;
        this.system = system;
        this.environment = environment;
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
        List<Proxy> chosen = os == null || os == this ? null : os.select(uri);
        boolean direct = chosen == null || chosen.stream().allMatch(p -> p.type() == Proxy.Type.DIRECT);
        return direct ? List.of(environment.select(uri)) : chosen;
    }
}
