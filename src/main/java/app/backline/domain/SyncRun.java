package app.backline.domain;

import java.time.Instant;

/**
 * One recorded sync run of one account.
 *
 * @param startedAt UTC
 * @param endedAt   UTC, {@code null} while RUNNING
 * @param added     posts that were new
 * @param updated   posts whose metrics or fields changed
 * @param requests  HTTP requests made, retries included
 * @param error     plain-words reason when FAILED or INTERRUPTED, else {@code null}
 */
public record SyncRun(long id, long accountId, long artistId, String artistName, Platform platform, String handle,
                      SyncMode mode, Instant startedAt, Instant endedAt, SyncRunStatus status,
                      int added, int updated, int requests, String error) {
}
