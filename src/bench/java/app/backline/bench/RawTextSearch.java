package app.backline.bench;

import app.backline.domain.PostFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The text_search baseline: the plain SQL scan for a first page of the artist's feed filtered by words, each
 * {@code search_text LIKE '%word%'} (the column holds the lower-cased caption, hashtags and mentions), ordered to
 * match the feed index of the filter's shape, plus the page's media and handles, reading every column as the
 * repository does.
 */
final class RawTextSearch {

    private final Connection connection;

    RawTextSearch(Connection connection) {
        this.connection = connection;
    }

    /** Ids of the first {@code limit} posts; the filter holds the words and at most one platform. */
    List<Long> firstPage(long artistId, PostFilter filter, int limit) throws SQLException {
        boolean platform = filter.platforms().size() == 1;
        List<String> words = List.of(filter.text().toLowerCase(Locale.ROOT).split("\\s+"));
        StringBuilder sql = new StringBuilder("SELECT * FROM post WHERE artist_id = ?");
        sql.append(platform ? " AND platform = ?" : "");
        words.forEach(w -> sql.append(" AND search_text LIKE ? ESCAPE '\\'"));
        sql.append(platform ? " ORDER BY artist_id, platform, posted_at DESC, id DESC"
                : " ORDER BY artist_id, posted_at DESC, id DESC").append(" LIMIT ?");
        RawFeedQuery.PageRows rows;
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            int i = 1;
            s.setLong(i++, artistId);
            if (platform) {
                s.setString(i++, filter.platforms().iterator().next().name());
            }
            for (String w : words) {
                s.setString(i++, "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            s.setInt(i, limit + 1);
            try (ResultSet rs = s.executeQuery()) {
                rows = RawFeedQuery.PageRows.read(rs, limit);
            }
        }
        RawFeedQuery.readMedia(connection, rows.ids());
        RawFeedQuery.readHandles(connection, rows.accounts().stream().distinct().toList());
        return rows.ids();
    }
}
