package app.backline.platform;

import app.backline.domain.Platform;
import okhttp3.HttpUrl;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each platform's API lives. Defaults to the real hosts; {@code BACKLINE_API_BASE_<PLATFORM>}
 * (e.g. {@code BACKLINE_API_BASE_X=http://127.0.0.1:8081}) replaces scheme, host and port of every API
 * host of that platform, and the real path is appended unchanged (architecture.md §1).
 */
public final class ApiBases {

    private final Map<Platform, HttpUrl> overrides;

    private ApiBases(Map<Platform, HttpUrl> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The real hosts, no overrides. */
    public static ApiBases real() {
        return new ApiBases(Map.of());
    }

    /**
     * Reads {@code BACKLINE_API_BASE_*} from {@code env} (normally {@link System#getenv()}).
     *
     * @throws IllegalArgumentException naming the variable when a value is not an http(s) URL
     */
    public static ApiBases fromEnvironment(Map<String, String> env) {
        Map<Platform, HttpUrl> found = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            String name = "BACKLINE_API_BASE_" + p.name();
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                HttpUrl url = HttpUrl.parse(value.strip());
                if (url == null) {
                    throw new IllegalArgumentException(name + " is not an http(s) URL: " + value);
                }
                found.put(p, url);
            }
        }
        return new ApiBases(found);
    }

    /** Overrides for the given platforms, e.g. from a test's MockWebServer. */
    public static ApiBases of(Map<Platform, HttpUrl> overrides) {
        return new ApiBases(overrides);
    }

    /**
     * The address of {@code path} on the platform's host.
     *
     * @param realHost the platform's real base such as {@code "https://graph.instagram.com"}
     * @param path     path starting with '/', e.g. {@code "/v23.0/me/media"}; no query
     */
    public HttpUrl.Builder url(Platform platform, String realHost, String path) {
        HttpUrl base = HttpUrl.get(realHost);
        HttpUrl.Builder b = base.newBuilder().encodedPath(path);
        return onto(platform, b);
    }

    /**
     * A payload's absolute link (Instagram's {@code paging.next}) moved onto the configured host, so that
     * paging never leaves it.
     */
    public HttpUrl rebase(Platform platform, HttpUrl absolute) {
        return onto(platform, absolute.newBuilder()).build();
    }

    /** True when the platform's host is overridden (tests, demos). */
    public boolean overridden(Platform platform) {
        return overrides.containsKey(platform);
    }

    private HttpUrl.Builder onto(Platform platform, HttpUrl.Builder b) {
        HttpUrl o = overrides.get(platform);
        if (o != null) {
            b.scheme(o.scheme()).host(o.host()).port(o.port());
        }
        return b;
    }

    @Override
    public String toString() {
        return "ApiBases" + overrides.keySet().toString().toLowerCase(Locale.ROOT);
    }
}
