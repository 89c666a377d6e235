package app.backline.persistence.repository;

import java.util.Collection;
import java.util.List;

/** The store as a {@link PostIndex} reads it: its search generation and its posts, committed state only. */
public interface PostIndexSource {

    /** Which store this is and its search generation now. */
    StoreStamp stamp();

    /** The posts with these ids that exist, in no particular order. */
    List<IndexedPost> byIds(Collection<Long> postIds);

    /** Up to {@code limit} posts with an id above {@code afterId}, in id order: a whole-store scan page by page. */
    List<IndexedPost> after(long afterId, int limit);

    /** Posts in the store, for progress messages. */
    long postCount();

    /**
     * @param storeId    random id of the store, fixed when it was first used
     * @param generation bumped by every commit that changes what an index holds
     */
    record StoreStamp(String storeId, long generation) {
    }
}
