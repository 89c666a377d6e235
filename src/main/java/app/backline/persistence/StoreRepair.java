package app.backline.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the store when a crash hit H2 while it committed a large transaction. H2 then leaves index
 * entries whose rows are missing from the table ("Row not found in primary index"): such rows can be
 * counted but never deleted. The journal tells: a RUNNING run with posts, or a COMMITTED run whose post
 * count differs from what it added. The repair writes a snapshot of the store (H2 reads it from the
 * tables' primary index, which is consistent), notes the snapshot in a marker file, replays it into the
 * emptied store, and removes the marker. A crash during the repair replays the same snapshot at next open.
 */
final class StoreRepair {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRepair.class);

    private final DataSource dataSource;
    private final H2Snapshots snapshots;
    private final Path marker;
    private final Path snapshot;

    StoreRepair(DataSource dataSource, H2Snapshots snapshots, Path storeFolder) {
        this.dataSource = dataSource;
        this.snapshots = snapshots;
        this.marker = storeFolder.resolve("repair.pending");
        this.snapshot = storeFolder.resolve("repair-snapshot.zip");
    }

    /** @return true when the store was rebuilt (now, or finishing an interrupted repair) */
    boolean repairIfNeeded() throws SQLException, IOException {
        if (Files.exists(marker)) {
            LOG.warn("Finishing an interrupted store repair from {}", snapshot);
            replay();
            return true;
        }
        if (!damaged()) {
            return false;
        }
        LOG.warn("An ingest was cut off while H2 committed it; rebuilding the store from its tables");
        Files.deleteIfExists(snapshot);
        snapshots.writeSnapshot(snapshot);
        Files.writeString(marker, snapshot.getFileName().toString(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        replay();
        return true;
    }

    private boolean damaged() throws SQLException {
        String sql = "SELECT r.state, r.added, (SELECT COUNT(*) FROM post p WHERE p.ingest_run_id = r.id) "
                + "FROM ingest_run r WHERE r.state IN ('RUNNING', 'COMMITTED')";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                boolean running = rs.getString(1).equals("RUNNING");
                if (running ? rs.getLong(3) > 0 : rs.getLong(3) != rs.getLong(2)) {
                    return true;
                }
            }
            return false;
        }
    }

    private void replay() throws IOException {
        snapshots.restoreSnapshot(snapshot);
        Files.delete(marker);
        Files.deleteIfExists(snapshot);
    }
}
