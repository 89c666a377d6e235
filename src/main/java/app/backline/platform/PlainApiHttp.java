package app.backline.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Stopgap: an {@link ApiHttp} on a plain OkHttpClient (direct connections, 10 s connect, 30 s read and
 * write timeouts) for the composition root, which may not touch OkHttp or Jackson itself (LayeringTest).
 * To be replaced by the proxy-aware HTTP client factory.
 */
public final class PlainApiHttp {

    private PlainApiHttp() {
    }

    public static ApiHttp create(RetrySettings retry, Clock clock) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new ApiHttp(client, json, retry, clock);
    }
}
