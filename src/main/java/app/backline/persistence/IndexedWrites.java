package app.backline.persistence;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The posts one ingest transaction inserted or changed: {@link #add} while writing, {@link #seal} as the
 * transaction's last statement (raises the search generation when anything changed), {@link #publish} after the
 * commit. Used by one thread.
 */
final class IndexedWrites {

    private final SearchChanges changes;
    private final List<Long> postIds = new ArrayList<>();
    private long generation;

    IndexedWrites(SearchChanges changes) {
        this.changes = changes;
    }

    void add(PostUpserter.Upserted upserted) {
        if (upserted.added() || upserted.changed()) {
            postIds.add(upserted.row().id());
        }
    }

    void seal(Session s) {
        if (!postIds.isEmpty()) {
            generation = SearchGeneration.bump(s);
        }
    }

    /** Call once the transaction committed. */
    void publish() {
        if (generation > 0) {
            changes.written(generation, List.copyOf(postIds));
        }
    }
}
