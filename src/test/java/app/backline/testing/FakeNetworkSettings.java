package app.backline.testing;

import app.backline.common.UserFacingException;
import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;
import java.util.ArrayList;
import java.util.List;

/** Proxy settings kept in memory, refusing a manual proxy without host or port as the contract says. */
public final class FakeNetworkSettings implements NetworkSettings {

    private ProxySettings current = ProxySettings.SYSTEM;
    private final List<ProxySettings> saved = new ArrayList<>();
    private String failure;

    @Override
    public synchronized ProxySettings proxy() {
        return current;
    }

    @Override
    public synchronized void saveProxy(ProxySettings proxy) {
        if (failure != null) {
            throw new UserFacingException(failure);
        }
        if (proxy.mode() == ProxySettings.Mode.MANUAL
                && (proxy.host() == null || proxy.host().isBlank() || proxy.port() < 1 || proxy.port() > 65535)) {
            throw new UserFacingException("A manual proxy needs a host and a port from 1 to 65535");
        }
        current = proxy;
        saved.add(proxy);
    }

    /** The next saves fail with this plain-words reason (e.g. a read-only data folder). */
    public synchronized void failWith(String reason) {
        failure = reason;
    }

    public synchronized List<ProxySettings> saved() {
        return List.copyOf(saved);
    }
}
