package app.backline.persistence;

import app.backline.common.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the store file is worth rewriting when the app shuts down, and the rewrite. H2 grows its file to
 * several times the live data under ingest and upserts, and only a full rewrite ({@code SHUTDOWN COMPACT})
 * gives the space back; it costs about a second per 25 MB of live data, so it runs only when the file is at
 * least {@value #WORTH_FACTOR}× the live data and wastes at least {@value #MIN_WASTE_MB} MB.
 *
 * <p>The live data is estimated without reading it: bytes per post of the last rewrite (kept beside the store
 * in {@code <base>.compaction.properties}) times the posts stored now; before the first rewrite
 * {@value #DEFAULT_BYTES_PER_POST} B per post. See docs/decisions/store-compaction.md.
 */
final class StoreCompaction {

    static final double WORTH_FACTOR = 2.0;
    static final long MIN_WASTE_MB = 16;
    static final long DEFAULT_BYTES_PER_POST = 600;
    /** Rewrite speed, live bytes per second (411 MB in 17 s at 1 M posts on the project's machine). */
    static final long BYTES_PER_SECOND = 24L << 20;
    /** Below this many posts the last rewrite's bytes per post are too noisy to learn from. */
    private static final long LEARN_FROM_POSTS = 1000;
    private static final String BYTES_PER_POST = "bytesPerPost";

    private static final Logger LOG = LoggerFactory.getLogger(StoreCompaction.class);

    /**
     * What a shutdown would find.
     *
     * @param fileBytes the store file's size now
     * @param liveBytes estimated size after a rewrite
     */
    record Plan(long fileBytes, long liveBytes) {

        boolean worthwhile() {
            return fileBytes >= WORTH_FACTOR * liveBytes && fileBytes - liveBytes >= MIN_WASTE_MB << 20;
        }

        /** About how long the rewrite takes (at least one second). */
        Duration estimate() {
            return Duration.ofSeconds(Math.max(1, Math.round((double) liveBytes / BYTES_PER_SECOND)));
        }
    }

    private final Path file;
    private final Path notes;

    /** @param databaseBase the store's base path ({@code <base>.mv.db} is the file) */
    StoreCompaction(Path databaseBase) {
        Path base = databaseBase.toAbsolutePath();
        this.file = base.resolveSibling(base.getFileName() + ".mv.db");
        this.notes = base.resolveSibling(base.getFileName() + ".compaction.properties");
    }

    /**
     * Writes what H2 still holds in memory ({@code CHECKPOINT}: close would write it anyway, and before it the
     * file looks smaller than it is about to be), then reads the file size and the stored post count.
     */
    Plan plan(DataSource store) throws SQLException, IOException {
        long posts;
        try (Connection c = store.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
            posts = posts(c);
        }
        return new Plan(Files.size(file), posts * bytesPerPost());
    }

    /**
     * Rewrites the file and closes the database ({@code SHUTDOWN COMPACT}); afterwards notes the bytes per post
     * for the next estimate. Nothing may use the store after this.
     */
    void compact(DataSource store, Plan plan) throws SQLException, IOException {
        long posts;
        long start = System.nanoTime();
        Connection c = store.getConnection();
        try (Statement s = c.createStatement()) {
            posts = posts(c);
            s.execute("SHUTDOWN COMPACT");
        } finally {
            closeShutDown(c);
        }
        long after = Files.size(file);
        LOG.info("Compacted the store from {} MB to {} MB in {} ms", plan.fileBytes() >> 20, after >> 20,
                (System.nanoTime() - start) / 1_000_000);
        if (posts >= LEARN_FROM_POSTS) {
            Properties p = new Properties();
            p.setProperty(BYTES_PER_POST, Long.toString(Math.max(1, after / posts)));
            AtomicFileWriter.writeProperties(notes, p, "Backline: store size after the last compaction");
        }
    }

    /** After {@code SHUTDOWN} H2 has closed the connection, and closing it again says "already closed". */
    private static void closeShutDown(Connection c) {
        try {
            c.close();
        } catch (SQLException alreadyClosed) {
            LOG.debug("The connection closed with the database", alreadyClosed);
        }
    }

    private long bytesPerPost() {
        if (!Files.isRegularFile(notes)) {
            return DEFAULT_BYTES_PER_POST;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(notes)) {
            p.load(in);
            return Math.max(1, Long.parseLong(p.getProperty(BYTES_PER_POST, "").strip()));
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_BYTES_PER_POST;
        }
    }

    private static long posts(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(post_count), 0) FROM artist")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
