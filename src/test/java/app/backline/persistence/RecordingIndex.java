package app.backline.persistence;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.SearchHits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A search index that answers nothing and writes down every change the store hands it. */
final class RecordingIndex implements PostIndex {

    final List<String> calls = new ArrayList<>();
    PostIndexSource source;

    @Override
    public void attach(PostIndexSource store) {
        this.source = store;
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
    public synchronized void written(long generation, Collection<Long> postIds) {
        calls.add("written " + generation + " " + postIds.size());
    }

    @Override
    public synchronized void removed(long generation, Collection<Long> postIds) {
        calls.add("removed " + generation + " " + postIds.size());
    }

    @Override
    public synchronized void artistRemoved(long generation, long artistId) {
        calls.add("artistRemoved " + generation);
    }

    @Override
    public synchronized void replaced(long generation) {
        calls.add("replaced " + generation);
    }

    @Override
    public void close() {
        calls.add("closed");
    }
}
