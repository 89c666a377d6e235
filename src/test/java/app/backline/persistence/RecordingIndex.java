package app.backline.persistence;

import app.backline.persistence.repository.PostIndex;
import app.backline.persistence.repository.PostIndexSource;
import app.backline.testing.ForwardingPostIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A search index that answers nothing and writes down every change the store hands it. */
final class RecordingIndex extends ForwardingPostIndex {

    final List<String> calls = new ArrayList<>();
    PostIndexSource source;

    RecordingIndex() {
        super(PostIndex.none());
    }

    @Override
    public void attach(PostIndexSource store) {
        this.source = store;
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
