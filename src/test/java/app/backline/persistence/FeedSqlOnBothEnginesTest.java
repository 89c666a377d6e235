package app.backline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.backline.domain.FeedCursor;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.entity.PostEntity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed's plain-JDBC path (page SQL rendered from the feed's clauses, keyset paging, rows by an array of ids,
 * media and handles) gives the same posts in the same order on PostgreSQL as on H2, from the same rows.
 * Skips with a message when no PostgreSQL server answers.
 */
class FeedSqlOnBothEnginesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private static final Platform[] PLATFORMS = {Platform.X, Platform.INSTAGRAM, Platform.YOUTUBE};

    @TempDir
    Path dir;

    @Test
    void pagesFiltersAndRowsByIdAreTheSameOnBothEngines() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath());
        h2.setUser("sa");
        try (PostgresTestSchema pg = PostgresTestSchema.create()) {
            for (DataSource ds : List.of(h2, pg.dataSource())) {
                StoreSchema.migrate(ds);
                fill(ds);
            }
            List<UnaryOperator<PostFilter>> filters = List.of(
                    f -> f,
                    f -> f.withPlatforms(java.util.Set.of(Platform.X)),
                    f -> f.withPlatforms(java.util.Set.of(Platform.X, Platform.YOUTUBE)),
                    f -> f.withTag(Tag.SHOW),
                    f -> f.withDates(T0.minusSeconds(3600L * 20), T0.minusSeconds(3600L * 5)),
                    f -> f.withSort(app.backline.domain.FeedSort.values()[app.backline.domain.FeedSort.values().length - 1]),
                    f -> f.withText("tour berlin"),
                    f -> f.withReplies(false));
            for (UnaryOperator<PostFilter> shape : filters) {
                PostFilter filter = shape.apply(PostFilter.all());
                List<Long> onH2 = allPages(h2, filter);
                List<Long> onPostgres = allPages(pg.dataSource(), filter);
                assertThat(onPostgres).as(filter.toString()).isEqualTo(onH2).isNotEmpty();
            }
            List<Long> some = List.of(3L, 17L, 42L);
            assertThat(byIds(pg.dataSource(), some)).isEqualTo(byIds(h2, some)).isEqualTo(some);
        }
    }

    /** Every page of the feed, 7 posts at a time, keyset paged: the ids in feed order. */
    private static List<Long> allPages(DataSource ds, PostFilter filter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        FeedQuery query = new FeedQuery(1, filter);
        FeedCursor cursor = null;
        try (Connection c = ds.getConnection()) {
            while (true) {
                List<PostEntity> rows = PostReader.rows(c, query.pageSql(cursor, 8));
                List<Post> page = PostReader.toDomain(c, rows.subList(0, Math.min(7, rows.size())));
                page.forEach(p -> ids.add(p.id()));
                if (rows.size() <= 7) {
                    return ids;
                }
                cursor = FeedCursor.after(page.get(page.size() - 1));
            }
        }
    }

    private static List<Long> byIds(DataSource ds, List<Long> ids) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return PostReader.rows(c, FeedQuery.byIds(ids)).stream().map(PostEntity::id).sorted().toList();
        }
    }

    /** One artist, an account per platform, 60 posts an hour apart, every 4th a show, every 5th a reply. */
    private static void fill(DataSource ds) throws SQLException {
        Timestamp created = Timestamp.from(T0);
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("insert into artist (id, name, name_key, post_count,"
                    + " created_at) values (1, 'Mila', 'mila', 60, ?)")) {
                st.setTimestamp(1, created);
                st.executeUpdate();
            }
            for (int a = 0; a < PLATFORMS.length; a++) {
                try (PreparedStatement st = c.prepareStatement("insert into social_account (id, artist_id, platform,"
                        + " handle, connection_type, connection_state, created_at) values (?, 1, ?, ?, 'IMPORT',"
                        + " 'READY', ?)")) {
                    st.setLong(1, a + 1);
                    st.setString(2, PLATFORMS[a].name());
                    st.setString(3, "mila_" + a);
                    st.setTimestamp(4, created);
                    st.executeUpdate();
                }
            }
            try (PreparedStatement st = c.prepareStatement("insert into post (id, artist_id, account_id, platform,"
                    + " external_post_id, caption, media_type, posted_at, fetched_at, hashtags, mentions, links, tags,"
                    + " ingest_source, is_reply, is_repost, search_text, engagement, likes)"
                    + " values (?, 1, ?, ?, ?, ?, 'TEXT', ?, ?, '', '', '', ?, 'IMPORT', ?, false, ?, ?, ?)")) {
                for (int i = 1; i <= 60; i++) {
                    int a = i % PLATFORMS.length;
                    boolean show = i % 4 == 0;
                    String caption = show ? "Tour dates: Berlin " + i : "Studio day " + i;
                    st.setLong(1, i);
                    st.setLong(2, a + 1);
                    st.setString(3, PLATFORMS[a].name());
                    st.setString(4, "ext-" + i);
                    st.setString(5, caption);
                    // two posts share each posting time, so keyset paging must break ties by id
                    st.setTimestamp(6, Timestamp.from(T0.minusSeconds(3600L * (i / 2))));
                    st.setTimestamp(7, created);
                    st.setString(8, show ? "SHOW" : "GENERAL");
                    st.setBoolean(9, i % 5 == 0);
                    st.setString(10, caption.toLowerCase(java.util.Locale.ROOT));
                    st.setLong(11, i * 3L);
                    st.setLong(12, i * 3L);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }
}
