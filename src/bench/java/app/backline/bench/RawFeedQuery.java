package app.backline.bench;

import app.backline.domain.FeedCursor;
import app.backline.domain.PostFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed_page baseline: the hand-written SQL for one filtered page (single platform + tag + date range),
 * ordered to match {@code ix_post_feed_platform} and paged by keyset, plus the page's media and account handle,
 * reading every column as the repository does.
 */
final class RawFeedQuery {

    /** Row ids of the page and the keyset cursor of the next one ({@code null} on the last page). */
    record Page(List<Long> ids, FeedCursor next) {
    }

    private static final String WHERE = "artist_id = ? AND platform = ? AND tags LIKE ? "
            + "AND posted_at >= ? AND posted_at < ?";
    private static final String ORDER = " ORDER BY artist_id, platform, posted_at DESC, id DESC LIMIT ?";

    private final Connection connection;

    RawFeedQuery(Connection connection) {
        this.connection = connection;
    }

    Page page(long artistId, PostFilter filter, FeedCursor after, int limit) throws SQLException {
        String keyset = after == null ? "" : " AND posted_at <= ? AND (posted_at < ? OR id < ?)";
        PageRows rows;
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM post WHERE " + WHERE + keyset + ORDER)) {
            int i = 1;
            s.setLong(i++, artistId);
            s.setString(i++, filter.platforms().iterator().next().name());
            s.setString(i++, "%" + filter.tag().name() + "%");
            s.setObject(i++, filter.from().atOffset(ZoneOffset.UTC));
            s.setObject(i++, filter.to().atOffset(ZoneOffset.UTC));
            if (after != null) {
                OffsetDateTime at = after.postedAt().atOffset(ZoneOffset.UTC);
                s.setObject(i++, at);
                s.setObject(i++, at);
                s.setLong(i++, after.postId());
            }
            s.setInt(i, limit + 1);
            try (ResultSet rs = s.executeQuery()) {
                rows = PageRows.read(rs, limit);
            }
        }
        readMedia(connection, rows.ids());
        readHandles(connection, rows.accounts().stream().distinct().toList());
        List<Long> page = rows.ids();
        return new Page(page, rows.more() ? new FeedCursor(rows.lastAt().toInstant(), page.get(page.size() - 1))
                : null);
    }

    /**
     * The rows of one page query asked for {@code limit + 1} posts: every column read, as the repository reads
     * them; the first {@code limit} posts' ids, accounts and the last one's posting time kept; whether one more
     * followed.
     */
    record PageRows(List<Long> ids, List<Long> accounts, OffsetDateTime lastAt, boolean more) {

        static PageRows read(ResultSet rs, int limit) throws SQLException {
            List<Long> ids = new ArrayList<>(limit);
            List<Long> accounts = new ArrayList<>(limit);
            OffsetDateTime lastAt = null;
            boolean more = false;
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                if (ids.size() < limit) {
                    ids.add(rs.getLong("id"));
                    accounts.add(rs.getLong("account_id"));
                    lastAt = rs.getObject("posted_at", OffsetDateTime.class);
                } else {
                    more = true;
                }
            }
            return new PageRows(ids, accounts, lastAt, more);
        }
    }

    /** Reads every column of the media rows of these posts, as the repository does for a page. */
    static void readMedia(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT * FROM media_item WHERE post_id IN ("
                + "?,".repeat(ids.size() - 1) + "?) ORDER BY post_id, position")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(i + 1, ids.get(i));
            }
            drain(s);
        }
    }

    /** Reads the handles of these accounts, as the repository does for a page. */
    static void readHandles(Connection connection, List<Long> accountIds) throws SQLException {
        if (accountIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id, handle FROM social_account WHERE id IN ("
                + "?,".repeat(accountIds.size() - 1) + "?)")) {
            for (int i = 0; i < accountIds.size(); i++) {
                s.setLong(i + 1, accountIds.get(i));
            }
            drain(s);
        }
    }

    private static void drain(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }
}
