package app.backline.testing;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.SearchHits;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/** A search index passing every call to another; tests and the bench override what they watch or hold up. */
public class ForwardingPostIndex implements PostIndex {

    private final PostIndex index;

    public ForwardingPostIndex(PostIndex index) {
        this.index = index;
    }

    @Override
    public void attach(PostIndexSource source) {
        index.attach(source);
    }

    @Override
    public Optional<SearchHits> page(long artistId, PostFilter filter, FeedCursor after, int limit) {
        return index.page(artistId, filter, after, limit);
    }

    @Override
    public OptionalLong count(long artistId, PostFilter filter) {
        return index.count(artistId, filter);
    }

    @Override
    public Optional<FeedCounts> counts(long artistId, PostFilter filter) {
        return index.counts(artistId, filter);
    }

    @Override
    public void written(long generation, Collection<Long> postIds) {
        index.written(generation, postIds);
    }

    @Override
    public void removed(long generation, Collection<Long> postIds) {
        index.removed(generation, postIds);
    }

    @Override
    public void artistRemoved(long generation, long artistId) {
        index.artistRemoved(generation, artistId);
    }

    @Override
    public void replaced(long generation) {
        index.replaced(generation);
    }

    @Override
    public void close() {
        index.close();
    }
}
