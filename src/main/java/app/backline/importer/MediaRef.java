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

    /** A media item the platform serves at {@code remoteUrl}, never held in the archive. */
    static MediaRef remote(MediaType type, String remoteUrl) {
        return new MediaRef(type, remoteUrl, List.of());
    }

    /** The post's type from its media: TEXT without any, the item's own type for one, CAROUSEL for more. */
    static MediaType postType(List<MediaRef> refs) {
        if (refs.isEmpty()) {
            return MediaType.TEXT;
        }
        return refs.size() == 1 ? refs.get(0).type() : MediaType.CAROUSEL;
    }
}
