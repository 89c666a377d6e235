package app.backline.platform;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy named by the conventional environment variables, for Linux desktops whose proxy the JDK's
 * system selector does not see (it reads GNOME's settings only): {@code https_proxy} / {@code http_proxy}
 * by the request's scheme, else {@code all_proxy}, each also in upper case; {@code no_proxy} lists hosts
 * (and domain suffixes, {@code *} for all) that go direct. Values are {@code http://host:port} or
 * {@code socks5://host:port}; credentials in them are not used.
 */
final class EnvironmentProxies {

    private final Map<String, String> env;

    /** @param env normally {@link System#getenv()} */
    EnvironmentProxies(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The proxy for {@code uri}, or {@link Proxy#NO_PROXY} when none is set or the host is excluded. */
    Proxy select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || excluded(host)) {
            return Proxy.NO_PROXY;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String value = variable(scheme + "_proxy");
        return parse(value != null ? value : variable("all_proxy"));
    }

    private boolean excluded(String host) {
        String list = variable("no_proxy");
        if (list == null) {
            return false;
        }
        return Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .anyMatch(entry -> entry.equals("*") || host.equals(entry.replaceFirst("^\\.", ""))
                        || host.endsWith(entry.startsWith(".") ? entry : "." + entry));
    }

    private static Proxy parse(String value) {
        if (value == null) {
            return Proxy.NO_PROXY;
        }
        try {
            URI proxy = URI.create(value.contains("://") ? value : "http://" + value);
            String scheme = proxy.getScheme().toLowerCase(Locale.ROOT);
            boolean socks = scheme.startsWith("socks");
            int port = proxy.getPort() > 0 ? proxy.getPort() : socks ? 1080 : 80;
            if (proxy.getHost() == null || !(socks || List.of("http", "https").contains(scheme))) {
                return Proxy.NO_PROXY;
            }
            return new Proxy(socks ? Proxy.Type.SOCKS : Proxy.Type.HTTP,
                    InetSocketAddress.createUnresolved(proxy.getHost(), port));
        } catch (IllegalArgumentException unreadable) {
            return Proxy.NO_PROXY;
        }
    }

    private String variable(String lowerName) {
        String value = env.get(lowerName);
        if (value == null || value.isBlank()) {
            value = env.get(lowerName.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
