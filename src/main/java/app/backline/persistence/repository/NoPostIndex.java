package app.backline.persistence.repository;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link PostIndex#none()}: answers nothing, ignores changes. */
enum NoPostIndex implements PostIndex {
    INSTANCE;

    @Override
    public void attach(PostIndexSource source) {
    }

    @Override
    public Optional<SearchHits> page(long artistId, PostFilter filter, FeedCursor after, int limit) {
        return Optional.empty();
    }

    @Override
    public OptionalLong count(long artistId, PostFilter filter) {
        return OptionalLong.empty();
    }

    @Override
    public Optional<FeedCounts> counts(long artistId, PostFilter filter) {
        return Optional.empty();
    }

    @Override
    public void written(long generation, Collection<Long> postIds) {
    }

    @Override
    public void removed(long generation, Collection<Long> postIds) {
    }

    @Override
    public void artistRemoved(long generation, long artistId) {
    }

    @Override
    public void replaced(long generation) {
    }

    @Override
    public void close() {
    }
}
