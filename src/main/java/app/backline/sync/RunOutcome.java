package app.backline.sync;

import app.backline.common.CancelledException;
import app.backline.common.UserFacingException;
import app.backline.domain.SyncRunStatus;
import app.backline.persistence.repository.AccountGoneException;
import app.backline.platform.ApiException;
import app.backline.platform.OfflineException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.TokenRejectedException;
import java.time.Duration;

/**
 * How a sync run ended, read from what it threw.
 *
 * @param message    plain words for the account and the run record, {@code null} on success; never a token
 * @param retryAfter RATE_LIMITED only: when the platform or the budget allows the next request
 * @param unexpected a failure no rule foresaw (a bug): logged with its stack trace
 */
record RunOutcome(Kind kind, String message, Duration retryAfter, boolean unexpected) {

    /** The outcomes the engine tells apart. */
    enum Kind {
        /** Every page and the metrics refresh went through. */
        SUCCEEDED,
        /** The engine shut down: stopped at a page boundary. */
        CANCELLED,
        /** No network: not the account's fault. */
        OFFLINE,
        /** The platform or the request budget said wait. */
        RATE_LIMITED,
        /** The token was refused or cannot be opened: reconnect. */
        DISCONNECTED,
        /** Anything else: the account shows ERROR. */
        FAILED,
        /** The account was removed during the run. */
        GONE
    }

    static final RunOutcome SUCCESS = new RunOutcome(Kind.SUCCEEDED, null, Duration.ZERO, false);

    static RunOutcome of(RuntimeException e) {
        if (e instanceof CancelledException) {
            return new RunOutcome(Kind.CANCELLED, "Backline was closed before the run ended", Duration.ZERO, false);
        }
        if (e instanceof AccountGoneException) {
            return new RunOutcome(Kind.GONE, e.getMessage(), Duration.ZERO, false);
        }
        if (e instanceof OfflineException) {
            return new RunOutcome(Kind.OFFLINE, e.getMessage(), Duration.ZERO, false);
        }
        if (e instanceof RateLimitedException limited) {
            return new RunOutcome(Kind.RATE_LIMITED, e.getMessage(), limited.retryAfter(), false);
        }
        if (e instanceof TokenRejectedException || e instanceof TokenUnavailableException) {
            return new RunOutcome(Kind.DISCONNECTED, e.getMessage(), Duration.ZERO, false);
        }
        if (e instanceof ApiException || e instanceof UserFacingException) {
            return new RunOutcome(Kind.FAILED, e.getMessage(), Duration.ZERO, false);
        }
        return new RunOutcome(Kind.FAILED, "The sync failed unexpectedly (" + e.getClass().getSimpleName()
                + "); details are in the log", Duration.ZERO, true);
    }

    SyncRunStatus runStatus() {
        return switch (kind) {
            case SUCCEEDED -> SyncRunStatus.SUCCEEDED;
            case CANCELLED, OFFLINE -> SyncRunStatus.INTERRUPTED;
            default -> SyncRunStatus.FAILED;
        };
    }

    /** Whether the platform answered (or nothing was asked): proof that the network is back. */
    boolean networkAnswered() {
        return kind != Kind.OFFLINE && kind != Kind.CANCELLED && kind != Kind.GONE;
    }
}
