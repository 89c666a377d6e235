package app.backline.importer;

import app.backline.domain.Platform;
import java.nio.file.Path;

/**
 * What one archive import did.
 *
 * @param source        the archive as given (zip file or folder)
 * @param platform      detected from the archive's layout
 * @param handle        the account's handle as the archive names it, {@code null} when it does not
 * @param artistId      the artist the posts were stored for (created when it was given by a new name)
 * @param postsRead     posts found in the archive
 * @param added         posts that were new to the store
 * @param updated       posts already stored whose fields or metrics changed
 * @param unchanged     posts already stored exactly as read
 * @param mediaCopied   media items that have a local copy in the data directory after this import,
 *                      whether copied now or already there from an earlier import of the same file
 * @param mediaMissing  media items the archive names but does not contain; they show as placeholders
 * @param elapsedMillis wall time of the whole import in milliseconds
 */
public record ImportReport(Path source, Platform platform, String handle, long artistId, int postsRead,
                           int added, int updated, int unchanged, int mediaCopied, int mediaMissing,
                           long elapsedMillis) {
}
