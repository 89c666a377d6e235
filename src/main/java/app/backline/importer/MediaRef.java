package app.backline.importer;

import app.backline.domain.MediaType;
import java.util.List;

/**
 * A media item as an archive describes it, before its file is looked up.
 *
 * @param remoteUrl    where the platform serves it, {@code null} when the archive does not say
 * @param archivePaths entry names (relative to the archive root, {@code /} separators) where the file
 *                     may be, best first; empty when the archive never holds the file
 */
record MediaRef(MediaType type, String remoteUrl, List<String> archivePaths) {

    MediaRef {
        archivePaths = List.copyOf(archivePaths);
    }
}
