package app.backline.persistence;

import app.backline.domain.ConnectionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Sync leases for team mode: which machine syncs an account, and until when. A claim is one conditional
 * {@code UPDATE} of the account's row: it moves the account into SYNCING only from the state the claimer read,
 * and the row lock makes two machines' claims take turns, the second seeing the first's SYNCING and changing
 * nothing (under READ COMMITTED PostgreSQL re-checks the condition on the row once the lock is its own; the
 * embedded store has one process anyway). A lease not renewed in time
 * lapses: {@link #releaseLapsed} puts such accounts back in their previous state, where any machine can claim
 * them again. Times are UTC instants; durations in the store's own clock.
 */
public final class SyncLeases {

    private static final String SYNCING = ConnectionState.SYNCING.name();

    private final DataSource dataSource;

    SyncLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the account for {@code holder} until {@code now + lease}, if it is still in {@code expected}
     * (never SYNCING).
     *
     * @return true when this holder got it; false when another machine did first or its state changed
     * @throws IllegalArgumentException when {@code expected} is SYNCING
     * @throws IllegalStateException    when the store cannot be written
     */
    public boolean claim(long accountId, ConnectionState expected, String holder, Instant now, Duration lease) {
        if (expected == ConnectionState.SYNCING) {
            throw new IllegalArgumentException("a SYNCING account is someone's: wait for its lease to lapse");
        }
        return update("UPDATE social_account SET connection_state = ?, previous_state = ?, state_changed_at = ?,"
                + " sync_holder = ?, sync_lease_until = ? WHERE id = ? AND connection_state = ?", st -> {
                    st.setString(1, SYNCING);
                    st.setString(2, expected.name());
                    st.setTimestamp(3, Timestamp.from(now));
                    st.setString(4, holder);
                    st.setTimestamp(5, Timestamp.from(now.plus(lease)));
                    st.setLong(6, accountId);
                    st.setString(7, expected.name());
                }) == 1;
    }

    /**
     * Extends the holder's lease to {@code until}, as its sync goes on (each page).
     *
     * @return false when the lease is no longer this holder's (it lapsed and was released, or was taken over)
     */
    public boolean renew(long accountId, String holder, Instant until) {
        return update("UPDATE social_account SET sync_lease_until = ? WHERE id = ? AND sync_holder = ?"
                + " AND connection_state = ?", st -> {
                    st.setTimestamp(1, Timestamp.from(until));
                    st.setLong(2, accountId);
                    st.setString(3, holder);
                    st.setString(4, SYNCING);
                }) == 1;
    }

    /**
     * Puts every SYNCING account whose lease ended before {@code now} (its machine died or lost the network)
     * back in the state it had before, or READY / PENDING when that is unknown; returns how many.
     */
    public int releaseLapsed(Instant now) {
        return update("UPDATE social_account SET connection_state = COALESCE(previous_state,"
                + " CASE WHEN backfill_complete THEN 'READY' ELSE 'PENDING' END), previous_state = NULL,"
                + " sync_holder = NULL, sync_lease_until = NULL, state_changed_at = ?"
                + " WHERE connection_state = ? AND sync_lease_until < ?", st -> {
                    st.setTimestamp(1, Timestamp.from(now));
                    st.setString(2, SYNCING);
                    st.setTimestamp(3, Timestamp.from(now));
                });
    }

    /** Who holds the account's lease now; {@code null} when nobody does. */
    public String holder(long accountId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT sync_holder FROM social_account WHERE id = ? AND connection_state = ?")) {
            st.setLong(1, accountId);
            st.setString(2, SYNCING);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sync lease of account " + accountId, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write a sync lease: " + e.getMessage(), e);
        }
    }
}
