package app.backline.persistence;

import app.backline.common.UserFacingException;
import app.backline.persistence.repository.StoreSnapshots;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A team server's store has no snapshots of Backline's own: the server is backed up where it runs, with
 * {@code pg_dump}, and restored there, where no single user's window could replace everyone's data. Counts
 * work as on the embedded store.
 */
final class ServerSnapshots implements StoreSnapshots {

    private static final String ON_THE_SERVER = "The team store is backed up on its server (pg_dump), not from"
            + " Backline: ask whoever runs the server";

    private final DataSource dataSource;

    ServerSnapshots(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void writeSnapshot(Path target) {
        throw new UserFacingException(ON_THE_SERVER);
    }

    @Override
    public void restoreSnapshot(Path source) {
        throw new UserFacingException(ON_THE_SERVER);
    }

    @Override
    public StoreCounts counts() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM artist), (SELECT COUNT(*) FROM post)")) {
            rs.next();
            return new StoreCounts(rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            throw new UserFacingException("Cannot count what the team store holds: " + e.getMessage(), e);
        }
    }
}
