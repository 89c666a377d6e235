package app.backline.persistence;

import app.backline.persistence.repository.PostIndex;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed post changes to the search index. Writers call it after their commit, with the generation
 * their transaction took ({@link SearchGeneration#bump}); an index failure is logged and never reaches the
 * writer: the store has committed, and the index catches up from the generation at the next open.
 */
final class SearchChanges {

    private static final Logger LOG = LoggerFactory.getLogger(SearchChanges.class);

    private final PostIndex index;

    SearchChanges(PostIndex index) {
        this.index = index;
    }

    /** A collector for one write transaction. */
    IndexedWrites batch() {
        return new IndexedWrites(this);
    }

    void written(long generation, Collection<Long> postIds) {
        guarded(() -> index.written(generation, postIds));
    }

    void removed(long generation, Collection<Long> postIds) {
        guarded(() -> index.removed(generation, postIds));
    }

    void artistRemoved(long generation, long artistId) {
        guarded(() -> index.artistRemoved(generation, artistId));
    }

    void replaced(long generation) {
        guarded(() -> index.replaced(generation));
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not take a change; it catches up when the store opens next", e);
        }
    }
}
