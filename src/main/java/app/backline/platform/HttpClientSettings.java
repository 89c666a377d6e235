package app.backline.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and identity of the shared HTTP client.
 *
 * @param connectTimeout TCP (and proxy) connect limit
 * @param readTimeout    longest silence while reading headers or body
 * @param callTimeout    limit for one whole exchange, redirects and proxy authentication included
 * @param version        Backline's version for the {@code User-Agent: Backline/<version>} header
 */
public record HttpClientSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout, String version) {

    public HttpClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        version = version == null || version.isBlank() ? "dev" : version.strip();
    }

    /**
     * 10 s to connect, 30 s of read silence, 60 s per call; the version from the jar manifest
     * ({@code Implementation-Version}), "dev" when run from classes.
     */
    public static HttpClientSettings defaults() {
        return new HttpClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
                HttpClientSettings.class.getPackage().getImplementationVersion());
    }

    /** {@code Backline/<version>}. */
    public String userAgent() {
        return "Backline/" + version;
    }
}
