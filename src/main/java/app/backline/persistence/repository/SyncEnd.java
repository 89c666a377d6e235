package app.backline.persistence.repository;

import app.backline.domain.ConnectionState;
import java.time.Instant;

/**
 * How a sync run leaves its account.
 *
 * @param state      READY, ERROR or DISCONNECTED (or the state before SYNCING when the run was cut off)
 * @param lastError  plain words, {@code null} when healthy
 * @param synced     the run completed: {@code lastSyncedAt} becomes {@code at}
 * @param failures   what happens to the count of failed runs in a row
 * @param nextSyncAt when the next poll is due (UTC), {@code null} for none
 */
public record SyncEnd(ConnectionState state, String lastError, boolean synced, Failures failures,
                      Instant nextSyncAt, Instant at) {

    /** The run's effect on {@code consecutive_failures}. */
    public enum Failures { RESET, INCREMENT, KEEP }
}
