package app.backline.testing;

import app.backline.domain.Platform;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiHttp;
import java.io.IOException;
import java.util.function.BiFunction;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for platform client tests: a loopback {@link MockWebServer} standing in for every API host of one
 * platform, started before each test with the client under test built on it, and closed after the test.
 * Subclasses' own {@code @BeforeEach} methods run after this one, so {@link #client} is ready in them.
 *
 * @param <C> the platform client under test
 */
public abstract class MockApiTest<C> {

    protected final MockWebServer server = new MockWebServer();
    protected C client;

    private final Platform platform;
    private final BiFunction<ApiHttp, ApiBases, C> newClient;

    /** {@code newClient} is the client's {@code (ApiHttp, ApiBases)} constructor. */
    protected MockApiTest(Platform platform, BiFunction<ApiHttp, ApiBases, C> newClient) {
        this.platform = platform;
        this.newClient = newClient;
    }

    /** The HTTP under the client: {@link ApiTestKit#http()}; override to run it on a test clock. */
    protected ApiHttp clientHttp() {
        return ApiTestKit.http();
    }

    @BeforeEach
    protected final void startServerAndClient() throws IOException {
        server.start();
        client = newClient.apply(clientHttp(), ApiTestKit.bases(platform, server));
    }

    @AfterEach
    protected final void closeServer() {
        server.close();
    }
}
