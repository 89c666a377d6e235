package app.backline.persistence;

import app.backline.domain.FeedCursor;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.persistence.entity.PostMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Hands a whole filtered feed to a consumer for exports: keyset pages of {@value #PAGE} posts in feed order
 * on one {@link StatelessSession} (no persistence context to fill and flush) as plain columns (no entities),
 * each page's media in one query, and every account's handle read once per stream. Memory holds one page,
 * whatever the feed's size.
 */
final class PostStreamer {

    static final int PAGE = 1000;
    /** Positions in a {@link PostMapper#POST_COLUMNS} row. */
    private static final int ID = 0;
    private static final int ACCOUNT = 2;

    private final SessionFactory sessions;

    PostStreamer(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** @param limit at most this many posts, newest first (or in the filter's sort order) */
    int forEach(long artistId, PostFilter filter, int limit, Consumer<Post> sink) {
        FeedQuery query = new FeedQuery(artistId, filter);
        return sessions.fromStatelessSession(s -> {
            Map<Long, String> handles = new HashMap<>();
            int handed = 0;
            FeedCursor cursor = null;
            while (handed < limit) {
                int size = Math.min(PAGE, limit - handed);
                List<Post> page = page(s, query, cursor, size, handles);
                page.forEach(sink);
                handed += page.size();
                if (page.size() < size) {
                    break;
                }
                cursor = FeedCursor.after(page.get(page.size() - 1));
            }
            return handed;
        });
    }

    /** Up to {@code size} posts after {@code cursor}, with their media and handles: two or three queries. */
    private static List<Post> page(StatelessSession s, FeedQuery query, FeedCursor cursor, int size,
                                   Map<Long, String> handles) {
        List<Object[]> rows = query.bind(s.createSelectionQuery(
                "select " + PostMapper.POST_COLUMNS + " " + query.pageHql(cursor), Object[].class), cursor)
                .setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Media>> media = media(s, rows);
        readMissingHandles(s, rows, handles);
        List<Post> posts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            posts.add(PostMapper.toDomain(row, handles.get((Long) row[ACCOUNT]),
                    media.getOrDefault((Long) row[ID], List.of())));
        }
        return posts;
    }

    /**
     * The page's media in one native query with the ids written out as literals: H2 then looks each id up in
     * a hash set, where a bound IN list of 1000 parameters is compared row by row (and HQL would translate the
     * statement anew for every page). The ids are numbers read from the store, so nothing can be injected.
     */
    private static Map<Long, List<Media>> media(StatelessSession s, List<Object[]> rows) {
        StringBuilder ids = new StringBuilder(rows.size() * 8);
        for (Object[] row : rows) {
            ids.append(ids.isEmpty() ? "" : ",").append((long) (Long) row[ID]);
        }
        Map<Long, List<Media>> media = new HashMap<>();
        List<Object[]> found = s.createNativeQuery("select post_id, media_type, remote_url, local_path from media_item"
                + " where post_id in (" + ids + ") order by post_id, position", Object[].class).getResultList();
        for (Object[] r : found) {
            media.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>(2))
                    .add(new Media(MediaType.valueOf((String) r[1]), (String) r[2], (String) r[3]));
        }
        return media;
    }

    /** Accounts seen for the first time in this stream: one query per page that brings any (usually the first). */
    private static void readMissingHandles(StatelessSession s, List<Object[]> rows, Map<Long, String> handles) {
        List<Long> missing = rows.stream().map(r -> (Long) r[ACCOUNT]).distinct()
                .filter(id -> !handles.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> handles.put(id, null));
        s.createSelectionQuery("select a.id, a.handle from AccountEntity a where a.id in (:ids)", Object[].class)
                .setParameter("ids", missing).getResultList()
                .forEach(r -> handles.put((Long) r[0], (String) r[1]));
    }
}
