package app.backline.network;

import java.util.Objects;

/**
 * How Backline reaches the platforms.
 *
 * @param mode     SYSTEM: the operating system's proxy settings (default); NONE: direct; MANUAL: the proxy below
 * @param password clear text in memory only; stored sealed by the vault; never logged or shown
 */
public record ProxySettings(Mode mode, Kind kind, String host, int port, String user, String password) {

    public enum Mode { SYSTEM, NONE, MANUAL }

    public enum Kind { HTTP, SOCKS }

    public static final ProxySettings SYSTEM = new ProxySettings(Mode.SYSTEM, Kind.HTTP, null, 0, null, null);

    public ProxySettings {
        Objects.requireNonNull(mode, "mode");
        kind = kind == null ? Kind.HTTP : kind;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ProxySettings[" + mode + (mode == Mode.MANUAL ? " " + kind + " " + host + ":" + port
                + (user == null ? "" : " as " + user) : "") + "]";
    }
}
