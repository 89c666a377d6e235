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
 * (seconds at 1 M posts). This reads H2's plan for the SQL the feed really runs.
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
        Database.open(base, Clock.systemUTC()).close();
        List<FeedQuery.Sql> statements = new ArrayList<>();
        for (PostFilter f : shapes) {
            statements.add(new FeedQuery(1, f).pageSql(null, 51));
            statements.add(new FeedQuery(1, f).pageSql(cursor, 51));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "")) {
            for (FeedQuery.Sql s : statements) {
                sql.add(s.text());
                String plan = explain(c, s);
                assertTrue(plan.contains("/* index sorted */"), () -> "not index-sorted:\n" + s + "\n" + plan);
                assertTrue(plan.contains("IX_POST_FEED") || plan.contains("IX_POST_ENGAGEMENT"),
                        () -> "not on a feed index:\n" + plan);
            }
        }
        assertTrue(sql.size() >= shapes.size() * 2);
    }

    private static String explain(Connection c, FeedQuery.Sql sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.text())) {
            for (int i = 0; i < sql.values().size(); i++) {
                ps.setObject(i + 1, sql.values().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
