package app.backline.platform;

import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.io.IOException;
import java.net.ProxySelector;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Makes the ONE {@link OkHttpClient} that every platform client, token refresh and media download shares
 * (one connection pool, one dispatcher). It sends {@code User-Agent: Backline/<version>}, applies the
 * timeouts of {@link HttpClientSettings}, and routes through the proxy chosen in Settings: the
 * {@link NetworkSettings} are read again for every new connection and a change closes the idle pooled
 * connections, so the next request follows the new choice without rebuilding the client.
 *
 * <p>SYSTEM mode uses {@link ProxySelector#getDefault()}, which reflects the OS's proxy settings only when
 * {@code java.net.useSystemProxies=true} is set before the first network use (the launcher's job), then
 * the {@code https_proxy}-style environment variables. SOCKS
 * credentials additionally need {@link SocksCredentials} installed as the JVM's default authenticator.
 */
public final class HttpClients {

    private HttpClients() {
    }

    /** The shared client, following the OS's proxy settings in SYSTEM mode. */
    public static OkHttpClient create(HttpClientSettings settings, NetworkSettings network) {
        return create(settings, network, ProxySelector::getDefault, System.getenv());
    }

    /** Same, with the selector and environment that stand for the OS's settings (tests). */
    static OkHttpClient create(HttpClientSettings settings, NetworkSettings network, Supplier<ProxySelector> system,
                               Map<String, String> env) {
        ConnectionPool pool = new ConnectionPool();
        return new OkHttpClient.Builder()
                .connectionPool(pool)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .proxySelector(new SettingsProxySelector(network, system, new EnvironmentProxies(env)))
                .proxyAuthenticator(new ProxyCredentials(network))
                .addInterceptor(new ProxyChangeWatch(network, pool))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", settings.userAgent()).build()))
                .build();
    }

    /** Drops idle pooled connections when the proxy settings differ from those of the previous request. */
    private static final class ProxyChangeWatch implements Interceptor {

        private final NetworkSettings network;
        private final ConnectionPool pool;
        private final AtomicReference<ProxySettings> lastSeen = new AtomicReference<>();

        ProxyChangeWatch(NetworkSettings network, ConnectionPool pool) {
            this.network = network;
            this.pool = pool;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            ProxySettings now = network.proxy();
            ProxySettings before = lastSeen.getAndSet(now);
            if (before != null && !before.equals(now)) {
                pool.evictAll();
            }
            return chain.proceed(chain.request());
        }
    }
}
