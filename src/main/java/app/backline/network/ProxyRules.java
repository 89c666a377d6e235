package app.backline.network;

import java.util.regex.Pattern;

/**
 * What a MANUAL proxy choice must satisfy before it is stored, in plain words for the Settings screen.
 * SYSTEM and NONE need nothing.
 */
public final class ProxyRules {

    /** A host name, IPv4 address, or IPv6 address in brackets or bare; no scheme, path or spaces. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?");

    private ProxyRules() {
    }

    /** The first problem with {@code proxy} as one sentence, or {@code null} when it can be used. */
    public static String problem(ProxySettings proxy) {
        if (proxy.mode() != ProxySettings.Mode.MANUAL) {
            return null;
        }
        String host = proxy.host() == null ? "" : proxy.host().strip();
        if (host.isEmpty()) {
            return "Enter the proxy's host name or address";
        }
        if (host.contains("://")) {
            return "Enter the proxy host without " + host.substring(0, host.indexOf("://") + 3)
                    + " (for example proxy.example.com)";
        }
        if (!HOST.matcher(host).matches()) {
            return "The proxy host '" + host + "' is not a host name or address";
        }
        if (proxy.port() < 1 || proxy.port() > 65535) {
            return "The proxy port must be a number from 1 to 65535";
        }
        boolean hasUser = proxy.user() != null && !proxy.user().isBlank();
        if (!hasUser && proxy.password() != null && !proxy.password().isEmpty()) {
            return "A proxy password needs a user name too";
        }
        if (hasUser && proxy.kind() == ProxySettings.Kind.HTTP && proxy.user().contains(":")) {
            return "A proxy user name cannot contain ':'";
        }
        return null;
    }
}
