package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person when an account needs them: it became DISCONNECTED, or failed {@value #FAILURES} runs in a
 * row. At most one notice per account per day; the claim is stored, so a restart does not repeat it.
 */
final class AttentionNotices {

    static final int FAILURES = 3;
    static final Duration QUIET = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(AttentionNotices.class);

    private final SyncAccountRepository accounts;
    private final Clock clock;
    private final List<Consumer<AttentionNotice>> listeners = new CopyOnWriteArrayList<>();

    AttentionNotices(SyncAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    AutoCloseable subscribe(Consumer<AttentionNotice> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Sends a notice when the account, as the run left it, needs attention and had none in the last day. */
    void consider(SyncAccount after, boolean disconnectedNow) {
        boolean disconnected = disconnectedNow && after.state() == ConnectionState.DISCONNECTED;
        boolean failing = after.state() == ConnectionState.ERROR && after.consecutiveFailures() >= FAILURES;
        if (!disconnected && !failing || listeners.isEmpty()) {
            return; // with nobody to tell (the CLI prints its own lines) the day's notice is not used up
        }
        Instant now = clock.instant();
        if (!accounts.claimNotice(after.id(), now, now.minus(QUIET))) {
            return;
        }
        String who = after.account().platform().displayName() + " " + (after.account().handle() != null
                ? "@" + after.account().handle() : "account " + after.id());
        String message = disconnected ? who + ": " + after.account().lastError()
                : who + " failed " + after.consecutiveFailures() + " syncs in a row: " + after.account().lastError();
        AttentionNotice notice = new AttentionNotice(after.id(), after.artistName(), after.account().platform(),
                after.account().handle(), message, now);
        LOG.info("Attention notice for account {}: {}", after.id(), message);
        for (Consumer<AttentionNotice> listener : listeners) {
            try {
                listener.accept(notice);
            } catch (RuntimeException e) {
                LOG.warn("An attention notice subscriber failed", e);
            }
        }
    }
}
