package app.backline.mediacache;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/** A loopback CDN: answers by path (query ignored, as CDNs do for signatures) and lists the paths asked for. */
final class ImageServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> byPath = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    ImageServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                asked.add(path);
                return byPath.getOrDefault(path, new MockResponse.Builder().code(404).build());
            }
        });
        server.start();
    }

    /** Serves {@code bytes} at {@code path}; returns the address with a signature-like query. */
    String image(String path, byte[] bytes, String contentType) {
        byPath.put(path, new MockResponse.Builder().code(200).addHeader("Content-Type", contentType)
                .body(new Buffer().write(bytes)).build());
        return url(path, "sig1");
    }

    String page(String path) {
        byPath.put(path, new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html>sign in</html>").build());
        return url(path, "sig1");
    }

    String url(String path, String signature) {
        return server.url(path).newBuilder().addQueryParameter("oh", signature).addQueryParameter("oe", "65F0A1B2")
                .build().toString();
    }

    /** Paths requested so far, in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void close() {
        server.close();
    }
}
