package app.backline.persistence;

import app.backline.domain.Media;
import java.util.ArrayList;
import java.util.List;

/** Keeps offline copies across re-ingests: a source that no longer has a file must not orphan the copy. */
final class MediaMerge {

    private MediaMerge() {
    }

    /**
     * The incoming media list, where an item without a local copy takes the stored item's copy at the
     * same position when both are of the same type.
     */
    static List<Media> keepLocalCopies(List<Media> stored, List<Media> incoming) {
        List<Media> out = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            Media in = incoming.get(i);
            Media old = i < stored.size() ? stored.get(i) : null;
            if (in.localPath() == null && old != null && old.localPath() != null && old.type() == in.type()) {
                out.add(new Media(in.type(), in.remoteUrl() != null ? in.remoteUrl() : old.remoteUrl(),
                        old.localPath()));
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
