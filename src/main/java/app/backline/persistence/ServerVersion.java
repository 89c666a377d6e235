package app.backline.persistence;

import app.backline.common.UserFacingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The team server's PostgreSQL version, checked before anything is written to it. */
final class ServerVersion {

    /** PostgreSQL 15.0 as {@code server_version_num} writes it. */
    static final int OLDEST = 150_000;

    private ServerVersion() {
    }

    /**
     * @throws UserFacingException naming the server's version when it is older than PostgreSQL 15
     * @throws SQLException        when the server cannot be asked
     */
    static void requireSupported(DataSource dataSource, String jdbcUrl) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int,"
                     + " current_setting('server_version')")) {
            rs.next();
            check(rs.getInt(1), rs.getString(2), jdbcUrl);
        }
    }

    /** @throws UserFacingException when {@code versionNum} is below {@link #OLDEST} */
    static void check(int versionNum, String version, String jdbcUrl) {
        if (versionNum < OLDEST) {
            throw new UserFacingException("The team server " + ServerErrors.withoutSecrets(jdbcUrl)
                    + " runs PostgreSQL " + version + "; Backline needs PostgreSQL 15 or later there");
        }
    }
}
