package app.backline.persistence;

import app.backline.domain.Media;
import app.backline.domain.Post;
import app.backline.persistence.entity.MediaItemEntity;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.entity.PostMapper;
import app.backline.persistence.entity.RowReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads feed rows with plain JDBC and turns them into domain posts with their media and account handles: the
 * page query plus two small queries. Hibernate's per-query cost was several times the queries themselves on
 * this path (docs/benchmarks.md); the rows are mapped by the entities' own annotations.
 */
final class PostReader {

    private static final RowReader<PostEntity> POSTS = RowReader.posts();
    private static final RowReader<MediaItemEntity> MEDIA = RowReader.mediaItems();

    private PostReader() {
    }

    /** The rows {@code sql} selects ({@code p.*} of post), in its order. */
    static List<PostEntity> rows(Connection c, FeedQuery.Sql sql) throws SQLException {
        List<PostEntity> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.values().size(); i++) {
                ps.setObject(i + 1, sql.values().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(POSTS.read(rs));
                }
            }
        }
        return rows;
    }

    static List<Post> toDomain(Connection c, List<PostEntity> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PostEntity::id).toList();
        Map<Long, List<Media>> media = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select * from media_item where post_id in ("
                + marks(ids.size()) + ") order by post_id, position")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MediaItemEntity m = MEDIA.read(rs);
                    media.computeIfAbsent(m.postId(), k -> new ArrayList<>()).add(m.toDomain());
                }
            }
        }
        Map<Long, String> handles = new HashMap<>();
        List<Long> accountIds = rows.stream().map(PostEntity::accountId).distinct().toList();
        try (PreparedStatement ps = c.prepareStatement("select id, handle from social_account where id in ("
                + marks(accountIds.size()) + ")")) {
            bind(ps, accountIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handles.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        List<Post> out = new ArrayList<>(rows.size());
        for (PostEntity row : rows) {
            out.add(PostMapper.toDomain(row, handles.get(row.accountId()), media.getOrDefault(row.id(), List.of())));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(i + 1, values.get(i));
        }
    }
}
