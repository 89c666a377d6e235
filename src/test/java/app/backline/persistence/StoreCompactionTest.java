package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store is rewritten on close only when its file has grown well past its data, and then shrinks. */
class StoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void thePlanWantsTwiceTheLiveDataAndSixteenMegabytesOfWaste() {
        long mb = 1 << 20;
        assertTrue(new StoreCompaction.Plan(100 * mb, 50 * mb).worthwhile());
        assertFalse(new StoreCompaction.Plan(99 * mb, 50 * mb).worthwhile());
        assertFalse(new StoreCompaction.Plan(30 * mb, 15 * mb).worthwhile());
        assertTrue(new StoreCompaction.Plan(40 * mb, 4 * mb).worthwhile());
        assertEquals(Duration.ofSeconds(17), new StoreCompaction.Plan(4000 * mb, 411 * mb).estimate());
        assertEquals(Duration.ofSeconds(1), new StoreCompaction.Plan(40 * mb, mb).estimate());
    }

    @Test
    void closeRewritesABloatedStoreAndLearnsItsBytesPerPost() throws SQLException, IOException {
        Path base = dir.resolve("store/backline");
        Database db = Database.open(base);
        churn(base, 2000, 32);
        long bloated = Files.size(file(base));
        Optional<Duration> tidy = db.compactionOnClose();

        db.close();

        assertTrue(tidy.isPresent(), "a " + (bloated >> 20) + " MB file for 2000 posts is worth tidying");
        long tidied = Files.size(file(base));
        assertTrue(tidied * 4 < bloated, bloated + " -> " + tidied);
        Properties notes = new Properties();
        try (var in = Files.newInputStream(base.resolveSibling("backline.compaction.properties"))) {
            notes.load(in);
        }
        assertEquals(tidied / 2000, Long.parseLong(notes.getProperty("bytesPerPost")));
        db.close();
        try (Database again = Database.open(base)) {
            assertEquals(2000, again.artists().findAll().get(0).postCount());
            assertEquals(Optional.empty(), again.compactionOnClose());
        }
    }

    @Test
    void closeLeavesAStoreNearItsDataAlone() throws SQLException, IOException {
        Path base = dir.resolve("store/backline");
        Database db = Database.open(base);
        churn(base, 2000, 1);
        long before = Files.size(file(base));

        assertEquals(Optional.empty(), db.compactionOnClose());
        db.close();

        assertTrue(Files.size(file(base)) >= before * 9 / 10);
        assertFalse(Files.exists(base.resolveSibling("backline.compaction.properties")));
    }

    /**
     * An artist with {@code posts} counted posts, and {@code megabytes} MB written in random key order of which
     * nine tenths are deleted again: pages left sparse, as upserts and removals leave them.
     */
    private static void churn(Path base, int posts, int megabytes) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO artist (name, name_key, post_count, created_at) VALUES ('Ada', 'ada', " + posts
                    + ", CURRENT_TIMESTAMP)");
            s.execute("CREATE TABLE filler (id INT PRIMARY KEY, payload VARCHAR(4000))");
            int rows = megabytes * 512;
            java.util.Random random = new java.util.Random(7);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO filler VALUES (?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setInt(1, random.nextInt());
                    insert.setString(2, Long.toHexString(random.nextLong()).repeat(128));
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            } catch (SQLException duplicateKey) {
                // a random key drawn twice ends the filling a little early
            }
            s.execute("DELETE FROM filler WHERE MOD(id, 10) <> 0");
        }
    }

    private static Path file(Path base) {
        return base.resolveSibling("backline.mv.db");
    }
}
