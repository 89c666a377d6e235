package app.backline.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a store's schema is already at this version's newest migration, read from Flyway's history table
 * with one query. An up-to-date store then opens without Flyway, whose class-path scan and validation cost
 * 0.5–0.8 s of every start-up; any other store (new, older, newer, a failed migration, a history this check
 * does not understand) goes through Flyway as before, which migrates it or explains why it cannot.
 */
final class SchemaVersion {

    /**
     * The newest migration under {@code db/migration} ({@code V7__media_cache.sql}). SchemaVersionTest fails
     * when a newer migration is added without raising this.
     */
    static final int LATEST = 9;

    private SchemaVersion() {
    }

    /** @return true when every recorded migration succeeded and the newest is {@link #LATEST}; false on any doubt */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            int newest = 0;
            while (rs.next()) {
                String version = rs.getString(1);
                if (!rs.getBoolean(2)) {
                    return false;
                }
                if (version != null) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
            return newest == LATEST;
        } catch (SQLException | NumberFormatException noHistoryOrUnknownVersions) {
            return false;
        }
    }
}
