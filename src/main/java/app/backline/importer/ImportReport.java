package app.backline.importer;

import app.backline.domain.Platform;
import java.nio.file.Path;

/** PLACEHOLDER (drop at merge): the importer branch owns this type. */
public record ImportReport(Path source, Platform platform, String handle, long artistId, int postsRead,
                           int added, int updated, int unchanged, int mediaCopied, int mediaMissing,
                           long elapsedMillis) {
}
