package app.backline.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The third-party payloads in {@code ../shared/platform-samples} (or {@code -Dbackline.samples=DIR}),
 * read in place and never copied into the repository. Conformance tests call {@link #require} and are
 * skipped with a message when the folder is absent.
 */
public final class Samples {

    private Samples() {
    }

    /** The samples folder, whether or not it exists. */
    public static Path root() {
        String property = System.getProperty("backline.samples");
        return property != null ? Path.of(property) : Path.of("..", "shared", "platform-samples");
    }

    /** A file or folder under the samples root; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.exists(path), "platform sample " + path.toAbsolutePath()
                + " not found (set -Dbackline.samples=DIR); skipping this conformance test");
        return path;
    }
}
