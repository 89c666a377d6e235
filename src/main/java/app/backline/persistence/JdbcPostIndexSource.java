package app.backline.persistence;

import app.backline.domain.Platform;
import app.backline.domain.Tag;
import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndexSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link PostIndexSource} in plain JDBC: a whole-store scan reads about a million rows, which Hibernate's
 * entity loading would slow down for nothing. Reads committed rows only (each call is its own transaction).
 */
final class JdbcPostIndexSource implements PostIndexSource {

    private static final String COLUMNS = "SELECT id, artist_id, platform, posted_at, tags, is_reply, is_repost, "
            + "caption, hashtags, mentions FROM post ";

    private final DataSource dataSource;

    JdbcPostIndexSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public StoreStamp stamp() {
        try (Connection c = dataSource.getConnection()) {
            return SearchGeneration.stamp(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the search generation", e);
        }
    }

    @Override
    public List<IndexedPost> byIds(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(COLUMNS + "WHERE id = ANY(?)")) {
            st.setArray(1, c.createArrayOf("BIGINT", postIds.toArray()));
            return read(st);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read posts for the search index", e);
        }
    }

    @Override
    public List<IndexedPost> after(long afterId, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(COLUMNS + "WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
            st.setLong(1, afterId);
            st.setInt(2, limit);
            return read(st);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read posts for the search index", e);
        }
    }

    @Override
    public long postCount() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(post_count), 0) FROM artist")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count posts", e);
        }
    }

    private static List<IndexedPost> read(PreparedStatement st) throws SQLException {
        List<IndexedPost> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new IndexedPost(rs.getLong(1), rs.getLong(2), Platform.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), tags(rs.getString(5)), rs.getBoolean(6),
                        rs.getBoolean(7), rs.getString(8), lines(rs.getString(9)), lines(rs.getString(10))));
            }
        }
        return out;
    }

    private static Set<Tag> tags(String joined) {
        Set<Tag> out = EnumSet.noneOf(Tag.class);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(Tag::valueOf).forEach(out::add);
        }
        return out;
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }
}
