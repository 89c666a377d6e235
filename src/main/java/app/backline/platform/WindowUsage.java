package app.backline.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * What has been spent in one {@link BudgetLimit}'s window. Not thread-safe: {@link DefaultRequestBudgets}
 * guards every instance with its lock.
 */
interface WindowUsage {

    static WindowUsage of(BudgetLimit limit) {
        return limit.daily() ? new DailyUsage(limit) : new RollingUsage(limit);
    }

    BudgetLimit limit();

    /** {@link Duration#ZERO} when {@code cost} units fit now, else how long until they do. */
    Duration waitFor(long cost, Instant now);

    /** Records {@code cost} units spent at {@code now}. */
    void spend(long cost, Instant now);

    /** Units still free at {@code now}. */
    long remaining(Instant now);

    /**
     * Shortest gap between two polls of each of {@code accounts} accounts, each poll costing
     * {@code unitsPerPoll}, that keeps within the window from {@code now} on.
     */
    Duration pace(int accounts, int unitsPerPoll, Instant now);

    /** The gap that spends exactly the window's units over its length: length × accounts × unitsPerPoll / units. */
    static Duration steadyPace(Duration length, long units, int accounts, int unitsPerPoll) {
        return Duration.ofMillis(Math.multiplyExact(length.toMillis(), (long) accounts * unitsPerPoll) / units);
    }
}
