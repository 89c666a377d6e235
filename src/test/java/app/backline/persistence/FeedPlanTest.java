package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.FeedCursor;
import app.backline.domain.FeedSort;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ORDER BY that does not match a feed index makes H2 sort all of an artist's rows in memory
 * (seconds at 1 M posts). This reads H2's plan for the SQL Hibernate really generates.
 */
class FeedPlanTest {

    @TempDir
    Path dir;

    @Test
    void everyFeedShapeIsReadInIndexOrder() throws SQLException {
        List<String> sql = new ArrayList<>();
        Path base = dir.resolve("db");
        FeedCursor cursor = new FeedCursor(Instant.parse("2024-01-01T00:00:00Z"), 7, 3, 5);
        List<PostFilter> shapes = List.of(PostFilter.all(),
                PostFilter.all().withPlatforms(Set.of(Platform.X)),
                PostFilter.all().withPlatforms(Set.of(Platform.X, Platform.YOUTUBE)).withText("tour"),
                PostFilter.all().withReplies(false).withReposts(false),
                PostFilter.all().withSort(FeedSort.ENGAGEMENT),
                PostFilter.all().withSort(FeedSort.ENGAGEMENT).withPlatforms(Set.of(Platform.LINKEDIN)));
        try (Database db = Database.open(base, Clock.systemUTC(), s -> {
            if (s.contains("from post")) {
                sql.add(s);
            }
            return s;
        })) {
            for (PostFilter f : shapes) {
                db.posts().page(1, f, null, 50);
                db.posts().page(1, f, cursor, 50);
            }
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "")) {
                for (String s : sql) {
                    String plan = explain(c, s);
                    assertTrue(plan.contains("/* index sorted */"), () -> "not index-sorted:\n" + s + "\n" + plan);
                    assertTrue(plan.contains("IX_POST_FEED") || plan.contains("IX_POST_ENGAGEMENT"),
                            () -> "not on a feed index:\n" + plan);
                }
            }
        }
        assertTrue(sql.size() >= shapes.size() * 2);
    }

    private static String explain(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            int params = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= params; i++) {
                ps.setObject(i, null);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
