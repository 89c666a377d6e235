package app.backline.search;

import app.backline.domain.FeedCounts;
import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.persistence.repository.SearchHits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posts' full-text index in a Lucene folder beside the store (docs/decisions/search-index.md).
 *
 * <p>Each committed store change is applied at once (the next search sees it) and made durable by a background
 * thread within a second, with the store generation it reflects. On open, an index whose last commit does not
 * match the store (another store, another generation: a crash between the two commits, a restored backup, a
 * deleted or damaged folder) is rebuilt on that thread, or its rebuild resumed. Until it matches, it answers
 * nothing and the store runs the text filter as SQL. Thread-safe; searches never wait for writes.
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
    private final IndexWriting writing;
    private final Tuning tuning;
    private final FeedSearcher feeds = new FeedSearcher(new FeedQueries(new TextQuery(PostDocuments.analyzer())));
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean commitDue = new AtomicBoolean();
    private final Object readiness = new Object();
    private volatile PostIndexSource source;
    private volatile boolean ready;
    private volatile boolean failed;
    private volatile boolean closing;

    private LucenePostIndex(IndexFiles files, Tuning tuning) {
        this.files = files;
        this.writing = files == null ? null : new IndexWriting(files);
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
        try {
            switch (writing.start(store.stamp())) {
                case UP_TO_DATE -> {
                    LOG.info("Search index is up to date");
                    setReady(true);
                }
                case RESUME -> {
                    LOG.info("Search index: resuming its rebuild after post {}", writing.scannedUpTo());
                    background.execute(this::rebuild);
                }
                case REBUILD -> {
                    LOG.info("Search index does not match the store: rebuilding it");
                    if (store.postCount() == 0) {
                        rebuild(); // an empty store: ready at once
                    } else {
                        background.execute(this::rebuild);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
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
        write(generation, writer -> {
            Set<Long> gone = new HashSet<>(postIds);
            for (IndexedPost post : source.byIds(postIds)) {
                writer.updateDocument(PostDocuments.idTerm(post.id()), PostDocuments.of(post));
                gone.remove(post.id());
            }
            for (long id : gone) {
                writer.deleteDocuments(PostDocuments.idTerm(id));
            }
        });
    }

    @Override
    public void removed(long generation, Collection<Long> postIds) {
        write(generation, writer -> writer.deleteDocuments(
                postIds.stream().map(PostDocuments::idTerm).toArray(Term[]::new)));
    }

    @Override
    public void artistRemoved(long generation, long artistId) {
        write(generation, writer -> writer.deleteDocuments(new Term(PostDocuments.ARTIST, Long.toString(artistId))));
    }

    @Override
    public void replaced(long generation) {
        if (source == null || failed || closing) {
            return;
        }
        setReady(false);
        LOG.info("The store was replaced (generation {}): rebuilding the search index", generation);
        try {
            writing.restart(source.stamp());
            background.execute(this::rebuild);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
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
        if (!failed) {
            commit();
        }
        files.close(failed);
    }

    /** Applies one committed store change; the next search sees it, a commit follows within the delay. */
    private void write(long generation, IndexWriting.Change change) {
        if (source == null || failed || closing) {
            return; // not attached yet: attach compares generations and rebuilds if these changes are missing
        }
        try {
            writing.apply(generation, change);
        } catch (IOException | RuntimeException e) {
            fail(e);
            return;
        }
        if (commitDue.compareAndSet(false, true)) {
            try {
                background.schedule(this::commit, tuning.commitDelayMs(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                commitDue.set(false); // closing: close() commits
            }
        }
    }

    /** Reads the rest of the store into the index, step by step; a restart in between begins again at 0. */
    private void rebuild() {
        long start = System.nanoTime();
        try {
            long total = source.postCount();
            for (int step = 1; !closing && !failed; step++) {
                if (writing.scanStep(source, tuning.scanPage())) {
                    commit();
                    setReady(true);
                    LOG.info("Search index rebuilt: about {} posts in {} ms", total,
                            (System.nanoTime() - start) / 1_000_000);
                    return;
                }
                if (step % tuning.commitEvery() == 0) {
                    commit();
                    LOG.info("Search index rebuild: up to post {} of about {}", writing.scannedUpTo(), total);
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** Runs on the background thread, or in {@link #close} after it stopped: one committer at a time. */
    private void commit() {
        commitDue.set(false);
        try {
            writing.commit();
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
            searcher = writing.acquire();
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

    private void release(IndexSearcher searcher) {
        try {
            writing.release(searcher);
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
    private interface Search<T> {
        Optional<T> run(IndexSearcher searcher) throws IOException;
    }
}
