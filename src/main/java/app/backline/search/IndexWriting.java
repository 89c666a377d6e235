package app.backline.search;

import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.PostIndexSource.StoreStamp;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.search.IndexSearcher;

/**
 * The writing side of the index and what its next commit says about it: which store, up to which generation
 * ({@link Watermark}), whether whole or rebuilt up to a post id. Changes and rebuild steps run under one lock;
 * commits read that state under the lock and write it outside it, one at a time, so a commit never claims a
 * change it does not hold. Searches reopen their searcher when changes were applied since it opened.
 */
final class IndexWriting {

    /** How the index stands against the store it was opened with. */
    enum Start { UP_TO_DATE, RESUME, REBUILD }

    private final IndexFiles files;
    private final ReentrantLock lock = new ReentrantLock();
    private final Watermark watermark = new Watermark();
    private final AtomicLong applied = new AtomicLong();
    private final Object refreshing = new Object();
    private volatile long visible;
    // guarded by lock
    private String storeId;
    private boolean complete;
    private long scannedUpTo;

    IndexWriting(IndexFiles files) {
        this.files = files;
    }

    /** Compares the last commit with the store; an index that does not match is emptied for a rebuild. */
    Start start(StoreStamp stamp) throws IOException {
        lock.lock();
        try {
            IndexCommit last = files.lastCommit;
            if (!stamp.storeId().equals(last.storeId()) || stamp.generation() != last.generation()) {
                restart(stamp);
                return Start.REBUILD;
            }
            storeId = stamp.storeId();
            watermark.reset(stamp.generation());
            complete = last.complete();
            scannedUpTo = last.scannedUpTo();
            return complete ? Start.UP_TO_DATE : Start.RESUME;
        } finally {
            lock.unlock();
        }
    }

    /** Empties the index; a rebuild then reads the whole store, which is at {@code stamp} now or later. */
    void restart(StoreStamp stamp) throws IOException {
        lock.lock();
        try {
            storeId = stamp.storeId();
            files.writer.deleteAll();
            scannedUpTo = 0;
            complete = false;
            watermark.reset(stamp.generation());
        } finally {
            lock.unlock();
        }
    }

    /** Applies the change that committed {@code generation} in the store; the next search sees it. */
    void apply(long generation, Change change) throws IOException {
        lock.lock();
        try {
            change.apply(files.writer);
            watermark.done(generation);
            applied.incrementAndGet();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads the next {@code page} posts after the last one scanned into the index, under the lock: a live change
     * is either re-read by this step or applied after it, so a stale row never overwrites a newer change.
     *
     * @return true when the scan has reached the end of the store
     */
    boolean scanStep(PostIndexSource source, int page) throws IOException {
        lock.lock();
        try {
            if (complete) {
                return true;
            }
            List<IndexedPost> posts = source.after(scannedUpTo, page);
            if (posts.isEmpty()) {
                complete = true;
                applied.incrementAndGet();
                return true;
            }
            for (IndexedPost post : posts) {
                files.writer.updateDocument(PostDocuments.idTerm(post.id()), PostDocuments.of(post));
            }
            scannedUpTo = posts.get(posts.size() - 1).id();
            return false;
        } finally {
            lock.unlock();
        }
    }

    long scannedUpTo() {
        lock.lock();
        try {
            return scannedUpTo;
        } finally {
            lock.unlock();
        }
    }

    /** Makes everything applied so far durable with the state read now; nothing to say before a start. */
    void commit() throws IOException {
        IndexCommit state;
        lock.lock();
        try {
            if (storeId == null) {
                return;
            }
            state = new IndexCommit(storeId, watermark.value(), complete, scannedUpTo);
        } finally {
            lock.unlock();
        }
        files.commit(state);
    }

    /** A searcher that shows every change applied before this call; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        if (visible < applied.get()) {
            synchronized (refreshing) {
                long upTo = applied.get();
                if (visible < upTo) {
                    files.refresh();
                    visible = upTo;
                }
            }
        }
        return files.searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        files.searchers.release(searcher);
    }

    /** One committed store change, written into the index. */
    @FunctionalInterface
    interface Change {
        void apply(org.apache.lucene.index.IndexWriter writer) throws IOException;
    }
}
