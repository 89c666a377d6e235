package app.backline.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** A rolling window: the units spent in the last {@code length}, kept as a log of (time, cost) entries. */
final class RollingUsage implements WindowUsage {

    private record Spent(Instant at, long cost) {
    }

    private final BudgetLimit limit;
    private final Deque<Spent> log = new ArrayDeque<>();
    private long used;

    RollingUsage(BudgetLimit limit) {
        this.limit = limit;
    }

    @Override
    public BudgetLimit limit() {
        return limit;
    }

    @Override
    public Duration waitFor(long cost, Instant now) {
        expire(now);
        if (used + cost <= limit.units() || log.isEmpty()) {
            return Duration.ZERO;
        }
        long stillUsed = used;
        for (Spent spent : log) {
            stillUsed -= spent.cost();
            if (stillUsed + cost <= limit.units()) {
                return Duration.between(now, spent.at().plus(limit.length()));
            }
        }
        return limit.length();
    }

    @Override
    public void spend(long cost, Instant now) {
        expire(now);
        log.addLast(new Spent(now, cost));
        used += cost;
    }

    @Override
    public long remaining(Instant now) {
        expire(now);
        return Math.max(0, limit.units() - used);
    }

    @Override
    public Duration pace(int accounts, int unitsPerPoll, Instant now) {
        return WindowUsage.steadyPace(limit.length(), limit.units(), accounts, unitsPerPoll);
    }

    private void expire(Instant now) {
        Instant horizon = now.minus(limit.length());
        while (!log.isEmpty() && !log.peekFirst().at().isAfter(horizon)) {
            used -= log.removeFirst().cost();
        }
    }
}
