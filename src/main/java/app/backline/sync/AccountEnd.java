package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncEnd;
import app.backline.platform.PollPace;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where a run leaves its account: SYNCING → READY on success, → ERROR for failures (retried with backoff),
 * → DISCONNECTED when the token is refused (no more polling). A run the network, a rate limit or a
 * shutdown cut off restores the state it found, and does not count as a failure.
 *
 * @param note the standing remark for the Connections panel (budget pace, rate limit), or {@code null}
 */
record AccountEnd(SyncEnd end, String note) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static AccountEnd of(SyncAccount a, RunOutcome outcome, PollPace pace, Pacing pacing, Instant now) {
        String lastError = a.account().lastError();
        return switch (outcome.kind()) {
            case SUCCEEDED -> new AccountEnd(new SyncEnd(ConnectionState.READY, null, true, SyncEnd.Failures.RESET,
                    pacing.nextPoll(a, pace), now), pace.note());
            case CANCELLED, OFFLINE, GONE -> new AccountEnd(new SyncEnd(a.state(), lastError, false,
                    SyncEnd.Failures.KEEP, a.nextSyncAt(), now), pace.note());
            case RATE_LIMITED -> {
                Instant next = pacing.afterRateLimit(outcome.retryAfter());
                yield new AccountEnd(new SyncEnd(a.state(), lastError, false, SyncEnd.Failures.KEEP, next, now),
                        outcome.message() + " (next try at " + HH_MM.format(next) + ")");
            }
            case DISCONNECTED -> new AccountEnd(new SyncEnd(ConnectionState.DISCONNECTED, outcome.message(), false,
                    SyncEnd.Failures.INCREMENT, null, now), null);
            case FAILED -> new AccountEnd(new SyncEnd(ConnectionState.ERROR, outcome.message(), false,
                    SyncEnd.Failures.INCREMENT, pacing.afterFailure(a, pace, a.consecutiveFailures() + 1), now),
                    pace.note());
        };
    }
}
