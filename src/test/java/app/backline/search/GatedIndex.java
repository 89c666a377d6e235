package app.backline.search;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.SearchHits;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The app's index, but its whole-store scan (the store reads on any thread but the test's) waits at a gate until
 * the test opens it.
 */
final class GatedIndex implements PostIndex {

    private final PostIndex index;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final Thread test = Thread.currentThread();

    GatedIndex(PostIndex index) {
        this.index = index;
    }

    void open() {
        gate.countDown();
    }

    @Override
    public void attach(PostIndexSource source) {
        index.attach(new PostIndexSource() {
            @Override
            public StoreStamp stamp() {
                return source.stamp();
            }

            @Override
            public List<IndexedPost> byIds(Collection<Long> postIds) {
                return source.byIds(postIds);
            }

            @Override
            public List<IndexedPost> after(long afterId, int limit) {
                return source.after(afterId, limit);
            }

            /** Called by the scan before it takes the index's lock: a gate here blocks no writer. */
            @Override
            public long postCount() {
                if (Thread.currentThread() != test) {
                    pass();
                }
                return source.postCount();
            }
        });
    }

    private void pass() {
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        open();
        index.close();
    }
}
