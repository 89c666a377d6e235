package app.backline.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A calendar-day window in the limit's zone: the count starts again at that zone's midnight. */
final class DailyUsage implements WindowUsage {

    private final BudgetLimit limit;
    private LocalDate day;
    private long used;

    DailyUsage(BudgetLimit limit) {
        this.limit = limit;
    }

    @Override
    public BudgetLimit limit() {
        return limit;
    }

    @Override
    public Duration waitFor(long cost, Instant now) {
        roll(now);
        return used + cost <= limit.units() || used == 0 ? Duration.ZERO : untilMidnight(now);
    }

    @Override
    public void spend(long cost, Instant now) {
        roll(now);
        used += cost;
    }

    @Override
    public long remaining(Instant now) {
        roll(now);
        return Math.max(0, limit.units() - used);
    }

    /** Spreads what is left today over the rest of the day; the time to midnight when not one round is left. */
    @Override
    public Duration pace(int accounts, int unitsPerPoll, Instant now) {
        long rounds = remaining(now) / ((long) accounts * unitsPerPoll);
        Duration left = untilMidnight(now);
        return rounds < 1 ? left : left.dividedBy(rounds);
    }

    /** Time from {@code now} to the next midnight in the limit's zone. */
    Duration untilMidnight(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, limit.resetZone());
        return Duration.between(now, today.plusDays(1).atStartOfDay(limit.resetZone()).toInstant());
    }

    private void roll(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, limit.resetZone());
        if (!today.equals(day)) {
            day = today;
            used = 0;
        }
    }
}
