package app.backline.bench;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.SearchHits;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/** Passes everything to the app's index and adds up the time the store's writers spend handing it changes. */
final class TimedPostIndex implements PostIndex {

    private final PostIndex index;
    private long writeNanos;

    TimedPostIndex(PostIndex index) {
        this.index = index;
    }

    /** Time spent in {@link #written}, {@link #removed} and {@link #artistRemoved} so far, in ns. */
    synchronized long writeNanos() {
        return writeNanos;
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
        long t0 = System.nanoTime();
        index.written(generation, postIds);
        add(System.nanoTime() - t0);
    }

    @Override
    public void removed(long generation, Collection<Long> postIds) {
        long t0 = System.nanoTime();
        index.removed(generation, postIds);
        add(System.nanoTime() - t0);
    }

    @Override
    public void artistRemoved(long generation, long artistId) {
        long t0 = System.nanoTime();
        index.artistRemoved(generation, artistId);
        add(System.nanoTime() - t0);
    }

    @Override
    public void replaced(long generation) {
        index.replaced(generation);
    }

    @Override
    public void close() {
        index.close();
    }

    private synchronized void add(long nanos) {
        writeNanos += nanos;
    }
}
