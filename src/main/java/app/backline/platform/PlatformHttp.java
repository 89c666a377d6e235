package app.backline.platform;

import app.backline.network.NetworkSettings;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;

import java.time.Clock;

/**
 * The process's one HTTP stack towards the platforms: the shared {@link OkHttpClient} (proxy choice read
 * per connection, timeouts, User-Agent), the {@link ApiHttp} every client calls through, and the media
 * downloader on the same connections. Built by the composition root, which may not touch OkHttp itself.
 */
public final class PlatformHttp implements AutoCloseable {

    private final OkHttpClient client;
    private final ApiHttp api;
    private final MediaDownloader media;

    public PlatformHttp(HttpClientSettings settings, NetworkSettings network, RetrySettings retry, Clock clock) {
        this.client = HttpClients.create(settings, network);
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.api = new ApiHttp(client, json, retry, clock);
        this.media = new MediaDownloader(client);
    }

    public ApiHttp api() {
        return api;
    }

    public MediaDownloader media() {
        return media;
    }

    /** Drops pooled connections and stops OkHttp's dispatcher threads, so the JVM can exit promptly. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
