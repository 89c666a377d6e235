package app.backline.search;

import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.testing.ForwardingPostIndex;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The app's index, but its whole-store scan (the store reads on any thread but the test's) waits at a gate until
 * the test opens it.
 */
final class GatedIndex extends ForwardingPostIndex {

    private final CountDownLatch gate = new CountDownLatch(1);
    private final Thread test = Thread.currentThread();

    GatedIndex(PostIndex index) {
        super(index);
    }

    void open() {
        gate.countDown();
    }

    @Override
    public void attach(PostIndexSource source) {
        super.attach(new PostIndexSource() {
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
    public void close() {
        open();
        super.close();
    }
}
