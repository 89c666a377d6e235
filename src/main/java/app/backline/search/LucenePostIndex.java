package app.backline.search;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.PostIndexSource.StoreStamp;
import app.backline.persistence.repository.SearchHits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posts' full-text index in a Lucene folder beside the store (docs/decisions/search-index.md).
 *
 * <p>Each committed store change is applied at once (the next search sees it) and committed to disk by a
 * background thread within a second, with the store generation it reflects. On open, an index whose last commit
 * does not match the store (another store, another generation: a crash between the two commits, a restored
 * backup, a deleted folder) is rebuilt on that thread, or its rebuild resumed. Until it matches, it answers
 * nothing and the store runs the text filter as SQL.
 *
 * <p>Thread-safe. Writes and rebuild steps take one lock; searches take none. Only the background thread (and
 * {@link #close}, after it stopped) commits, so a commit's user data always describes changes already applied.
 */
public final class LucenePostIndex implements PostIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LucenePostIndex.class);

    /**
     * @param scanPage      posts read from the store per rebuild step (the write lock is held for one step)
     * @param commitEvery   a rebuild commits every this many steps, so one cut short resumes instead of restarting
     * @param commitDelayMs changes are made durable this long after the first one since the last commit, so a
     *                      burst of writes costs one fsync and the writers none
     */
    record Tuning(int scanPage, int commitEvery, long commitDelayMs) {
        static final Tuning STANDARD = new Tuning(2000, 25, 1000);
    }

    private final IndexFiles files;
    private final Tuning tuning;
    private final FeedSearcher feeds = new FeedSearcher(new FeedQueries(new TextQuery(PostDocuments.analyzer())));
    private final ReentrantLock lock = new ReentrantLock();
    private final Watermark watermark = new Watermark();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean commitDue = new AtomicBoolean();
    /** Counts applied changes; a search first makes sure its searcher shows all of them. */
    private final AtomicLong applied = new AtomicLong();
    private final Object refreshing = new Object();
    private volatile long visible;
    private final Object readiness = new Object();
    private volatile PostIndexSource source;
    private volatile boolean ready;
    private volatile boolean failed;
    private volatile boolean closing;
    // guarded by lock: what the next commit says
    private String storeId;
    private boolean complete;
    private long scannedUpTo;

    private LucenePostIndex(IndexFiles files, Tuning tuning) {
        this.files = files;
        this.tuning = tuning;
        this.failed = files == null;
    }

    /** Opens (creating when missing) the index in {@code folder}. Never throws: an unusable folder answers nothing. */
    public static LucenePostIndex open(Path folder) {
        return open(folder, Tuning.STANDARD);
    }

    static LucenePostIndex open(Path folder, Tuning tuning) {
        try {
            return new LucenePostIndex(IndexFiles.open(folder), tuning);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index {} cannot be used; text filters run as SQL", folder, e);
            return new LucenePostIndex(null, tuning);
        }
    }

    /** Whether searches are answered from the index now. */
    public boolean isReady() {
        return ready;
    }

    /** Waits until the index answers searches; @return false when it did not within {@code timeout} or failed */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (readiness) {
            while (!ready && !failed) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(readiness, left);
            }
            return ready;
        }
    }

    @Override
    public void attach(PostIndexSource store) {
        if (failed || closing) {
            return;
        }
        this.source = store;
        boolean fresh;
        lock.lock();
        try {
            StoreStamp stamp = store.stamp();
            IndexCommit last = files.lastCommit;
            fresh = !(stamp.storeId().equals(last.storeId()) && stamp.generation() == last.generation());
            if (fresh) {
                LOG.info("Search index does not match the store (index generation {}, store {}): rebuilding it",
                        last.generation(), stamp.generation());
                restart();
            } else {
                storeId = stamp.storeId();
                watermark.reset(stamp.generation());
                complete = last.complete();
                scannedUpTo = last.scannedUpTo();
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        } finally {
            lock.unlock();
        }
        if (complete) {
            LOG.info("Search index is up to date");
            setReady(true);
        } else if (fresh && store.postCount() == 0) {
            rebuild(); // an empty store: ready at once
        } else {
            background.execute(this::rebuild);
        }
    }

    @Override
    public Optional<SearchHits> page(long artistId, PostFilter filter, FeedCursor after, int limit) {
        return search(s -> feeds.page(s, artistId, filter, after, limit));
    }

    @Override
    public OptionalLong count(long artistId, PostFilter filter) {
        Optional<Long> n = search(s -> feeds.count(s, artistId, filter));
        return n.isPresent() ? OptionalLong.of(n.get()) : OptionalLong.empty();
    }

    @Override
    public Optional<FeedCounts> counts(long artistId, PostFilter filter) {
        return search(s -> feeds.counts(s, artistId, filter));
    }

    @Override
    public void written(long generation, Collection<Long> postIds) {
        write(generation, () -> {
            Set<Long> gone = new HashSet<>(postIds);
            for (IndexedPost post : source.byIds(postIds)) {
                files.writer.updateDocument(PostDocuments.idTerm(post.id()), PostDocuments.of(post));
                gone.remove(post.id());
            }
            for (long id : gone) {
                files.writer.deleteDocuments(PostDocuments.idTerm(id));
            }
        });
    }

    @Override
    public void removed(long generation, Collection<Long> postIds) {
        write(generation, () -> files.writer.deleteDocuments(
                postIds.stream().map(PostDocuments::idTerm).toArray(Term[]::new)));
    }

    @Override
    public void artistRemoved(long generation, long artistId) {
        write(generation, () -> files.writer.deleteDocuments(
                new Term(PostDocuments.ARTIST, Long.toString(artistId))));
    }

    @Override
    public void replaced(long generation) {
        if (source == null || failed || closing) {
            return;
        }
        setReady(false);
        LOG.info("The store was replaced (generation {}): rebuilding the search index", generation);
        lock.lock();
        try {
            restart();
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        } finally {
            lock.unlock();
        }
        background.execute(this::rebuild);
    }

    /** Stops a rebuild at its next step, commits, and closes the folder (deleting it if the index failed). */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        setReady(false);
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The search index rebuild did not stop in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (files == null) {
            return;
        }
        if (!failed && storeId != null) {
            commit();
        }
        files.close(failed);
    }

    /** Applies one committed store change under the lock; the next search sees it, a commit follows. */
    private void write(long generation, IndexChange change) {
        if (source == null || failed || closing) {
            return; // not attached yet: attach compares generations and rebuilds if these changes are missing
        }
        lock.lock();
        try {
            change.apply();
            watermark.done(generation);
            applied.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        } finally {
            lock.unlock();
        }
        if (commitDue.compareAndSet(false, true)) {
            try {
                background.schedule(this::commit, tuning.commitDelayMs(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                commitDue.set(false); // closing: close() commits
            }
        }
    }

    /** Empties the index and starts its rebuild at the store's generation now. Under the lock. */
    private void restart() throws IOException {
        StoreStamp stamp = source.stamp();
        storeId = stamp.storeId();
        files.writer.deleteAll();
        scannedUpTo = 0;
        complete = false;
        watermark.reset(stamp.generation());
    }

    /**
     * Reads the rest of the store into the index, one locked step at a time so that live changes interleave
     * safely: a change applied before a step is re-read by it, a change committed after a step read its rows is
     * applied after that step. A restart ({@link #replaced}) in between makes the next step begin again at 0.
     */
    private void rebuild() {
        long start = System.nanoTime();
        try {
            long total = source.postCount();
            for (int step = 1; !closing && !failed; step++) {
                if (scanStep()) {
                    commit();
                    applied.incrementAndGet();
                    showApplied();
                    setReady(true);
                    LOG.info("Search index rebuilt: about {} posts in {} ms", total,
                            (System.nanoTime() - start) / 1_000_000);
                    return;
                }
                if (step % tuning.commitEvery() == 0) {
                    commit();
                    LOG.info("Search index rebuild: up to post {} of about {}", scannedUpTo, total);
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** One page of the scan; @return true when the scan reached the end */
    private boolean scanStep() throws IOException {
        lock.lock();
        try {
            if (complete) {
                return true;
            }
            List<IndexedPost> page = source.after(scannedUpTo, tuning.scanPage());
            if (page.isEmpty()) {
                complete = true;
                return true;
            }
            for (IndexedPost post : page) {
                files.writer.updateDocument(PostDocuments.idTerm(post.id()), PostDocuments.of(post));
            }
            scannedUpTo = page.get(page.size() - 1).id();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes everything applied so far durable, described by the state read under the lock: the commit holds at
     * least the changes that state names. Runs on the background thread, or in {@link #close} after it stopped.
     */
    private void commit() {
        commitDue.set(false);
        IndexCommit state;
        lock.lock();
        try {
            state = new IndexCommit(storeId, watermark.value(), complete, scannedUpTo);
        } finally {
            lock.unlock();
        }
        try {
            files.commit(state);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private <T> Optional<T> search(Search<T> query) {
        if (!ready) {
            return Optional.empty();
        }
        IndexSearcher searcher = null;
        try {
            showApplied();
            searcher = files.searchers.acquire();
            return query.run(searcher);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index query failed; running it as SQL", e);
            return Optional.empty();
        } finally {
            if (searcher != null) {
                release(searcher);
            }
        }
    }

    /** Reopens the searcher when changes were applied since it opened: every search sees every applied change. */
    private void showApplied() throws IOException {
        if (visible >= applied.get()) {
            return;
        }
        synchronized (refreshing) {
            long upTo = applied.get();
            if (visible < upTo) {
                files.refresh();
                visible = upTo;
            }
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            files.searchers.release(searcher);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Releasing a searcher failed", e);
        }
    }

    private void fail(Exception e) {
        if (!failed) {
            LOG.error("The search index failed; text filters run as SQL until it is rebuilt at the next start", e);
        }
        failed = true;
        setReady(false);
    }

    private void setReady(boolean value) {
        synchronized (readiness) {
            ready = value;
            readiness.notifyAll();
        }
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    @FunctionalInterface
    private interface Search<T> {
        Optional<T> run(IndexSearcher searcher) throws IOException;
    }
}
