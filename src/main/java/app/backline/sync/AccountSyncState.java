package app.backline.sync;

import app.backline.domain.Account;

import java.time.Instant;

/**
 * What the Connections panel shows for one account.
 *
 * @param nextSyncAt when the next poll is due (UTC), {@code null} when paused, DISCONNECTED or archive-only
 * @param running    a sync run of this account is in progress
 * @param activity   what the running sync is doing ("Backfill: 240 posts so far"), {@code null} when idle
 * @param note       a standing remark such as "YouTube quota: polling every 24 min", or {@code null}
 * @param tokenHint  "…wxyz" or {@code null}
 */
public record AccountSyncState(Account account, String artistName, Instant nextSyncAt, boolean paused,
                               boolean running, String activity, String note, String tokenHint) {
}
