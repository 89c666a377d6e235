package app.backline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's own small API payloads under {@code src/test/resources/fixtures/api/}. */
public final class ApiFixtures {

    private ApiFixtures() {
    }

    /** The text of {@code fixtures/api/<relative>}, e.g. {@code "x/tweets_page1.json"}. */
    public static String read(String relative) {
        try (InputStream in = ApiFixtures.class.getResourceAsStream("/fixtures/api/" + relative)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture fixtures/api/" + relative);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
