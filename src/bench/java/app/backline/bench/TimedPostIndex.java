package app.backline.bench;

import app.backline.persistence.repository.PostIndex;
import app.backline.testing.ForwardingPostIndex;
import java.util.Collection;

/** Passes everything to the app's index and adds up the time the store's writers spend handing it changes. */
final class TimedPostIndex extends ForwardingPostIndex {

    private long writeNanos;

    TimedPostIndex(PostIndex index) {
        super(index);
    }

    /** Time spent in {@link #written}, {@link #removed} and {@link #artistRemoved} so far, in ns. */
    synchronized long writeNanos() {
        return writeNanos;
    }

    @Override
    public void written(long generation, Collection<Long> postIds) {
        long t0 = System.nanoTime();
        super.written(generation, postIds);
        add(System.nanoTime() - t0);
    }

    @Override
    public void removed(long generation, Collection<Long> postIds) {
        long t0 = System.nanoTime();
        super.removed(generation, postIds);
        add(System.nanoTime() - t0);
    }

    @Override
    public void artistRemoved(long generation, long artistId) {
        long t0 = System.nanoTime();
        super.artistRemoved(generation, artistId);
        add(System.nanoTime() - t0);
    }

    private synchronized void add(long nanos) {
        writeNanos += nanos;
    }
}
