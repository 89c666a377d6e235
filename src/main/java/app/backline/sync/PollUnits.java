package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.persistence.repository.SyncAccount;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.List;

/**
 * What the request budgets need to pace polls: how many requests an account's last poll cost, and how many
 * accounts of a platform share the budget.
 */
final class PollUnits {

    /** Until an account has polled once: profile-less listing, one page, no metrics. */
    static final int FIRST_GUESS = 2;

    private final Map<Long, Integer> lastPoll = new ConcurrentHashMap<>();
    private final Supplier<List<SyncAccount>> live;

    PollUnits(Supplier<List<SyncAccount>> live) {
        this.live = live;
    }

    void record(long accountId, int requests) {
        lastPoll.put(accountId, Math.max(1, requests));
    }

    int perPoll(long accountId) {
        return lastPoll.getOrDefault(accountId, FIRST_GUESS);
    }

    /** Accounts of the same platform that poll: live, not paused, not disconnected; at least 1. */
    int activeAccounts(SyncAccount account) {
        long n = live.get().stream()
                .filter(a -> a.account().platform() == account.account().platform())
                .filter(a -> !a.paused() && a.state() != ConnectionState.DISCONNECTED).count();
        return (int) Math.max(1, n);
    }
}
