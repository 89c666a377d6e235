package app.backline.platform;

import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shared client: user agent, proxy modes read per request, HTTP proxy authentication, SOCKS choice. */
class HttpClientsTest {

    private final MockWebServer proxy = new MockWebServer();
    private final MockWebServer target = new MockWebServer();
    private final MutableNetworkSettings network = new MutableNetworkSettings();
    private final HttpClientSettings settings =
            new HttpClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5), "9.9-test");

    @BeforeEach
    void start() throws IOException {
        proxy.start();
        target.start();
    }

    @AfterEach
    void stop() {
        proxy.close();
        target.close();
    }

    @Test
    void aManualHttpProxyGetsAbsoluteFormRequestsAndBasicCredentialsAfterA407() throws Exception {
        network.saveProxy(manual(ProxySettings.Kind.HTTP, "label-team", "pä55 word"));
        proxy.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"office\"").build());
        proxy.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        OkHttpClient client = HttpClients.create(settings, network, () -> null, Map.of());

        try (Response response = client.newCall(new Request.Builder()
                .url("http://api.x.invalid/2/users/me").build()).execute()) {
            assertEquals(200, response.code());
        }

        RecordedRequest first = proxy.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = proxy.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("GET http://api.x.invalid/2/users/me HTTP/1.1", first.getRequestLine());
        assertNull(first.getHeaders().get("Proxy-Authorization"));
        assertEquals("GET http://api.x.invalid/2/users/me HTTP/1.1", second.getRequestLine());
        assertEquals("Basic " + Base64.getEncoder().encodeToString(
                "label-team:pä55 word".getBytes(StandardCharsets.UTF_8)), second.getHeaders().get("Proxy-Authorization"));
        assertEquals("Backline/9.9-test", second.getHeaders().get("User-Agent"));
        assertEquals(0, target.getRequestCount());
    }

    @Test
    void refusedProxyCredentialsAreNotSentAgainAndAgain() throws Exception {
        network.saveProxy(manual(ProxySettings.Kind.HTTP, "label-team", "wrong"));
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic").build());
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic").build());
        proxy.enqueue(new MockResponse.Builder().code(200).build());
        OkHttpClient client = HttpClients.create(settings, network, () -> null, Map.of());

        try (Response response = client.newCall(new Request.Builder().url("http://api.x.invalid/").build()).execute()) {
            assertEquals(407, response.code());
        }
        assertEquals(2, proxy.getRequestCount());
    }

    @Test
    void aSettingsChangeAppliesToTheNextRequestWithoutANewClient() throws Exception {
        OkHttpClient client = HttpClients.create(settings, network, () -> null, Map.of());
        Request request = new Request.Builder().url(target.url("/youtube/v3/videos")).build();
        target.enqueue(new MockResponse.Builder().code(200).body("direct").build());
        proxy.enqueue(new MockResponse.Builder().code(200).body("proxied").build());
        target.enqueue(new MockResponse.Builder().code(200).body("direct again").build());

        network.saveProxy(new ProxySettings(ProxySettings.Mode.NONE, null, null, 0, null, null));
        assertEquals("direct", body(client, request));
        network.saveProxy(manual(ProxySettings.Kind.HTTP, null, null));
        assertEquals("proxied", body(client, request));
        network.saveProxy(new ProxySettings(ProxySettings.Mode.NONE, null, null, 0, null, null));
        assertEquals("direct again", body(client, request));

        assertEquals(2, target.getRequestCount());
        assertEquals(1, proxy.getRequestCount());
        assertEquals("GET " + target.url("/youtube/v3/videos") + " HTTP/1.1", proxy.takeRequest().getRequestLine());
    }

    @Test
    void systemModeFollowsTheOperatingSystemsSelector() throws Exception {
        ProxySelector os = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.getPort())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };
        OkHttpClient client = HttpClients.create(settings, network, () -> os, Map.of());
        proxy.enqueue(new MockResponse.Builder().code(200).body("via os proxy").build());

        assertEquals("via os proxy", body(client, new Request.Builder().url("http://www.googleapis.invalid/x").build()));
        assertEquals("GET http://www.googleapis.invalid/x HTTP/1.1", proxy.takeRequest().getRequestLine());
    }

    @Test
    void aManualSocksProxyIsChosenAndOnlyItGetsTheCredentials() {
        network.saveProxy(new ProxySettings(ProxySettings.Mode.MANUAL, ProxySettings.Kind.SOCKS,
                "socks.office.invalid", 1080, "label-team", "s3cret"));
        SettingsProxySelector selector = new SettingsProxySelector(network, () -> null, new EnvironmentProxies(Map.of()));

        List<Proxy> chosen = selector.select(URI.create("https://api.x.com/2/users/me"));

        assertEquals(List.of(new Proxy(Proxy.Type.SOCKS,
                InetSocketAddress.createUnresolved("socks.office.invalid", 1080))), chosen);
        SocksCredentials credentials = new SocksCredentials(network);
        PasswordAuthentication ours = credentials.requestPasswordAuthenticationInstance("socks.office.invalid", null,
                1080, "SOCKS5", "SOCKS authentication", null, null, java.net.Authenticator.RequestorType.SERVER);
        assertEquals("label-team", ours.getUserName());
        assertEquals("s3cret", new String(ours.getPassword()));
        assertNull(credentials.requestPasswordAuthenticationInstance("elsewhere.invalid", null, 1080, "SOCKS5",
                "SOCKS authentication", null, null, java.net.Authenticator.RequestorType.SERVER));
        assertNull(credentials.requestPasswordAuthenticationInstance("socks.office.invalid", null, 1080, "http",
                "realm", "basic", null, java.net.Authenticator.RequestorType.SERVER));
    }

    @Test
    void systemModeFallsBackToTheProxyEnvironmentVariables() throws Exception {
        Map<String, String> env = Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort(),
                "no_proxy", "localhost,.internal.example");
        OkHttpClient client = HttpClients.create(settings, network, () -> null, env);
        proxy.enqueue(new MockResponse.Builder().code(200).body("via env proxy").build());

        assertEquals("via env proxy", body(client, new Request.Builder().url("http://api.linkedin.invalid/rest").build()));
        assertEquals("GET http://api.linkedin.invalid/rest HTTP/1.1", proxy.takeRequest().getRequestLine());
        EnvironmentProxies environment = new EnvironmentProxies(Map.of("https_proxy", "socks5://socks.example:1081",
                "NO_PROXY", "internal.example"));
        assertEquals(new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved("socks.example", 1081)),
                environment.select(URI.create("https://api.x.com/2/users/me")));
        assertEquals(Proxy.NO_PROXY, environment.select(URI.create("https://cdn.internal.example/a.jpg")));
        assertEquals(Proxy.NO_PROXY, environment.select(URI.create("http://api.x.com/")), "no http_proxy set");
    }

    private ProxySettings manual(ProxySettings.Kind kind, String user, String password) {
        return new ProxySettings(ProxySettings.Mode.MANUAL, kind, "127.0.0.1", proxy.getPort(), user, password);
    }

    private static String body(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            return response.body().string();
        }
    }

    /** Settings held in memory, as the Settings screen would change them. */
    private static final class MutableNetworkSettings implements NetworkSettings {
        private volatile ProxySettings proxy = ProxySettings.SYSTEM;

        @Override
        public ProxySettings proxy() {
            return proxy;
        }

        @Override
        public void saveProxy(ProxySettings proxy) {
            this.proxy = proxy;
        }
    }
}
