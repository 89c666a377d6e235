package app.backline.persistence;

import app.backline.common.DiskFull;
import app.backline.common.UserFacingException;
import app.backline.persistence.repository.StoreSnapshots;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * {@link StoreSnapshots} with H2's {@code SCRIPT} / {@code RUNSCRIPT}: the snapshot is a zip-compressed SQL
 * script of schema and data, written inside one transaction (so it is consistent while the app keeps
 * running) and replayed into the open store on restore (so every repository stays valid).
 */
final class H2Snapshots implements StoreSnapshots {

    private final DataSource dataSource;
    private final Runnable migrate;
    private final SearchChanges search;

    /**
     * @param migrate brings a restored older snapshot up to this version's schema
     * @param search  told that the store was replaced
     */
    H2Snapshots(DataSource dataSource, Runnable migrate, SearchChanges search) {
        this.dataSource = dataSource;
        this.migrate = migrate;
        this.search = search;
    }

    @Override
    public void writeSnapshot(Path target) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            st.execute("SCRIPT DROP TO " + literal(target) + " COMPRESSION ZIP");
            c.commit();
            force(target);
        } catch (SQLException | IOException e) {
            throw failure("Could not write the backup " + target.getFileName(), e);
        }
    }

    @Override
    public void restoreSnapshot(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new UserFacingException("The backup " + source + " does not exist");
        }
        long generation;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long before = SearchGeneration.current(c);
            st.execute("DROP ALL OBJECTS");
            st.execute("RUNSCRIPT FROM " + literal(source) + " COMPRESSION ZIP");
            migrate.run();
            // past every number the replaced store used, so no index of it can match the restored one
            SearchGeneration.raiseTo(c, before);
            generation = SearchGeneration.bump(c);
            st.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw failure("Could not restore from " + source.getFileName(), e);
        }
        search.replaced(generation);
    }

    @Override
    public StoreCounts counts() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT (SELECT COUNT(*) FROM artist), (SELECT COALESCE(SUM(post_count), 0) FROM artist)")) {
            rs.next();
            return new StoreCounts(rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            throw failure("Could not read the store", e);
        }
    }

    /** Forces the written file to disk, so a snapshot that exists is complete. */
    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static UserFacingException failure(String what, Exception e) {
        if (DiskFull.causedBy(e)) {
            return new UserFacingException("The disk is full: " + what.toLowerCase(java.util.Locale.ROOT)
                    + ". Free some space and try again", e);
        }
        return new UserFacingException(what + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }

    /** A SQL string literal; H2 takes file names only as literals here. */
    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
