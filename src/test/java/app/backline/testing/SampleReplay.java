package app.backline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A recorded platform answer from {@code ../shared/platform-samples}, read in place, as a MockWebServer
 * response: the body as recorded, and status and headers from the {@code .http.json} sidecar when there is
 * one (200 and JSON otherwise). Only headers that matter to parsing and rate limits are replayed; the
 * recorded {@code content-encoding}/{@code content-length} described the gzip bytes, not the stored body.
 */
public final class SampleReplay {

    private static final Set<String> REPLAYED = Set.of("content-type", "retry-after", "etag",
            "x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleReplay() {
    }

    /** The sample {@code relative} (e.g. {@code "x/v2/users_me_default_fields.json"}); skips the test when absent. */
    public static MockResponse response(String relative) {
        return response(relative, 200);
    }

    /** Same, with {@code status} where the sample has no sidecar (e.g. a recorded error body). */
    public static MockResponse response(String relative, int statusWithoutSidecar) {
        Path body = Samples.require(relative);
        Path sidecar = body.resolveSibling(body.getFileName().toString().replaceFirst("\\.(json|txt)$", "") + ".http.json");
        try {
            MockResponse.Builder response = new MockResponse.Builder().body(Files.readString(body));
            if (!Files.exists(sidecar)) {
                return response.code(statusWithoutSidecar).addHeader("Content-Type", "application/json").build();
            }
            JsonNode recorded = JSON.readTree(sidecar.toFile());
            response.code(recorded.path("status").asInt(200));
            recorded.path("headers").fields().forEachRemaining(header -> {
                if (REPLAYED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    JsonNode value = header.getValue();
                    response.addHeader(header.getKey(), value.isArray() ? value.get(0).asText() : value.asText());
                }
            });
            return response.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
