package app.backline.importer;

import app.backline.domain.Platform;
import java.nio.file.Path;

/** PLACEHOLDER until the importer branch lands: what one archive import did. */
public record ImportReport(Path source, Platform platform, String handle, long artistId, int postsRead, int added,
                           int updated, int unchanged, int mediaCopied, int mediaMissing, long elapsedMillis) {
}
