package app.backline.persistence.repository;

import app.backline.domain.Account;
import app.backline.domain.ConnectionState;
import java.time.Instant;

/**
 * An account with what live sync keeps about it (no tokens: see {@link SealedTokens}).
 *
 * @param tokenHint           "…wxyz" or {@code null} for archive-only accounts
 * @param tokenExpiresAt      when the access token expires (UTC), {@code null} when unknown
 * @param variant             platform host choice, e.g. {@code "facebook"} for Instagram via Facebook Login
 * @param backfillDays        days the first sync fetches, {@code null} = the global setting
 * @param pollIntervalSeconds seconds between polls, {@code null} = the global setting
 * @param nextSyncAt          when the next poll is due (UTC), {@code null} when not scheduled
 * @param backfillCursor      cursor of the page after the last committed backfill page, {@code null} at the start
 * @param newestPostId        newest post stored with everything below it (X since_id), {@code null} when none
 * @param newestPostAt        its posting time (UTC); polls of other platforms page until they reach it
 * @param previousState       the state before the current SYNCING, {@code null} when not syncing
 */
public record SyncAccount(Account account, String artistName, String tokenHint, Instant tokenExpiresAt,
                          String variant, Integer backfillDays, Integer pollIntervalSeconds, boolean paused,
                          Instant nextSyncAt, String backfillCursor, boolean backfillComplete, String newestPostId,
                          Instant newestPostAt, int consecutiveFailures, Instant lastNoticeAt,
                          Instant stateChangedAt, ConnectionState previousState) {

    public long id() {
        return account.id();
    }

    public ConnectionState state() {
        return account.state();
    }
}
