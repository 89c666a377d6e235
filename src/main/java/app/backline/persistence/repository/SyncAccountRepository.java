package app.backline.persistence.repository;

import app.backline.domain.ConnectionState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Accounts as live sync sees them: connections, sealed tokens, sync progress and the connection state,
 * which moves only by compare-and-set ({@code update … where connection_state = :expected}).
 */
public interface SyncAccountRepository {

    /** Every account (archive-only ones too), or one artist's; by artist name, platform, handle. */
    List<SyncAccount> findAll(Long artistId);

    Optional<SyncAccount> find(long accountId);

    /** The account's sealed tokens; empty when there is no such account. */
    Optional<SealedTokens> sealedTokens(long accountId);

    /**
     * Stores a connection in state PENDING in one transaction: creates the artist when the reference names a
     * missing one, refuses a duplicate, inserts the row, then seals its tokens with the new id.
     *
     * @param seal gets the new account id and returns the sealed tokens for it
     * @throws DuplicateAccountException when the artist already has a live account on that platform with the
     *                                   same user id or handle (ignoring case)
     * @throws app.backline.common.UserFacingException when the artist id names no artist
     */
    SyncAccount createLive(NewLiveAccount account, LongFunction<SealedTokens> seal);

    /**
     * Removes a live account, its tokens and its sync runs. Its posts stay in the artist's feed: they move to
     * the artist's archive account of that platform, created (with the same handle) when there is none.
     *
     * @return false when there is no such account
     * @throws app.backline.common.UserFacingException for an archive-only account
     */
    boolean removeLive(long accountId);

    /** Compare-and-set into SYNCING from {@code expected}, remembering {@code expected} as the previous state. */
    boolean beginSync(long accountId, ConnectionState expected, Instant at);

    /** Compare-and-set out of SYNCING into {@code end.state()}, with the run's effects on the account. */
    boolean endSync(long accountId, SyncEnd end);

    /** Any compare-and-set between two states (not into or out of SYNCING); {@code lastError} is written as given. */
    boolean compareAndSet(long accountId, ConnectionState expected, ConnectionState next, String lastError,
                          Instant at);

    /** Accounts left SYNCING by a crash or a cut-off shutdown go back to their previous state; returns how many. */
    int restoreInterrupted(Instant at);

    /** Fills the platform's user id, handle and profile URL where the account does not know them yet. */
    void saveProfile(long accountId, String externalUserId, String handle, String profileUrl);

    /**
     * Checkpoint after a backfill page committed; durable when this returns (survives a kill -9).
     *
     * @param cursor       the next page's cursor, {@code null} when {@code complete}
     * @param newestPostId newest post of the account, given on the first page only ({@code null} keeps the stored one)
     */
    void saveBackfill(long accountId, String cursor, boolean complete, String newestPostId, Instant newestPostAt);

    /** After a completed poll: the newest post stored with everything below it. */
    void saveNewest(long accountId, String newestPostId, Instant newestPostAt);

    void scheduleNext(long accountId, Instant nextSyncAt);

    /** @return false when there is no such account */
    boolean setPaused(long accountId, boolean paused);

    /**
     * Claims the account's attention notice: sets {@code last_notice_at = at} when the last one is older than
     * {@code notBefore} or there was none.
     *
     * @return true when the caller should send the notice
     */
    boolean claimNotice(long accountId, Instant at, Instant notBefore);
}
