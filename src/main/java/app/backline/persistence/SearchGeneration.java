package app.backline.persistence;

import app.backline.persistence.repository.PostIndexSource.StoreStamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The store's search generation (V8__search_generation.sql): one counter that every transaction changing what the
 * search index holds raises by one as its last statement. The row lock it takes is held only until that commit,
 * so concurrent writers get consecutive numbers in commit order and a rolled-back writer uses none.
 */
final class SearchGeneration {

    private static final String BUMP = "UPDATE search_generation SET generation = generation + 1 WHERE id = 1";
    private static final String READ = "SELECT generation, store_id FROM search_generation WHERE id = 1";

    private SearchGeneration() {
    }

    /** Raises the generation inside the session's transaction; @return the new value */
    static long bump(Session s) {
        return s.doReturningWork(SearchGeneration::bump);
    }

    /** Raises the generation on the connection (inside its transaction, if any); @return the new value */
    static long bump(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(BUMP);
            try (ResultSet rs = st.executeQuery(READ)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sets the generation to at least {@code floor}; @return the value now */
    static long raiseTo(Connection c, long floor) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE search_generation SET generation = GREATEST(generation, ?) WHERE id = 1")) {
            st.setLong(1, floor);
            st.executeUpdate();
        }
        return read(c).generation();
    }

    /** The generation now; 0 when the store has no schema (a restore that failed half-way emptied it). */
    static long current(Connection c) {
        try {
            return read(c).generation();
        } catch (SQLException e) {
            return 0;
        }
    }

    /** The store's id (given one when it has none yet) and its generation now. */
    static StoreStamp stamp(Connection c) throws SQLException {
        StoreStamp now = read(c);
        if (now.storeId() != null) {
            return now;
        }
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE search_generation SET store_id = ? WHERE id = 1 AND store_id IS NULL")) {
            st.setString(1, UUID.randomUUID().toString());
            st.executeUpdate();
        }
        return read(c);
    }

    private static StoreStamp read(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(READ)) {
            rs.next();
            return new StoreStamp(rs.getString(2), rs.getLong(1));
        }
    }
}
