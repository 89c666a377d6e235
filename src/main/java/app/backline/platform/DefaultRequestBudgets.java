package app.backline.platform;

import app.backline.domain.Platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link RequestBudgets} kept in memory: per platform a window per account and one shared by all
 * accounts of the label's app (limits and their sources in {@link BudgetSettings}). A meter spends both
 * before each request and refuses with {@link RateLimitedException} once either is spent: its
 * {@code retryAfter} is when enough units are free again, and {@code dailyQuota} is set when a daily
 * window ran out. Usage starts from zero when the app starts (the platform's own answer, e.g. YouTube's
 * {@code quotaExceeded}, still stops an overspend). Thread-safe: one lock guards all windows.
 */
public final class DefaultRequestBudgets implements RequestBudgets {

    private final BudgetSettings settings;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<Platform, WindowUsage> shared = new EnumMap<>(Platform.class);
    private final Map<Platform, Map<Long, WindowUsage>> perAccount = new EnumMap<>(Platform.class);

    public DefaultRequestBudgets(BudgetSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RequestMeter meter(long accountId, Platform platform) {
        return new BudgetMeter(cost -> spend(accountId, platform, cost));
    }

    /**
     * For YouTube's shared daily quota: the remaining units of today spread over the rest of the day
     * (Pacific time) across {@code activeAccounts}; for rolling and per-account windows: the steady pace
     * that spends a window's units over its length. The slowest of them wins.
     */
    @Override
    public PollPace pace(Platform platform, int activeAccounts, int unitsPerPoll) {
        int accounts = Math.max(1, activeAccounts);
        int units = Math.max(1, unitsPerPoll);
        PlatformBudget budget = settings.budget(platform);
        Instant now = clock.instant();
        Duration slowest = Duration.ZERO;
        String note = null;
        if (budget.perAccount() != null) {
            BudgetLimit limit = budget.perAccount();
            Duration length = limit.daily() ? Duration.ofDays(1) : limit.length();
            slowest = WindowUsage.steadyPace(length, limit.units(), 1, units);
            note = PaceNotes.steady(platform, limit, 1, slowest);
        }
        if (budget.shared() != null) {
            Duration sharedPace;
            long remaining;
            synchronized (lock) {
                WindowUsage usage = sharedUsage(platform, budget.shared());
                sharedPace = usage.pace(accounts, units, now);
                remaining = usage.remaining(now);
            }
            if (sharedPace.compareTo(slowest) > 0) {
                slowest = sharedPace;
                note = budget.shared().daily()
                        ? PaceNotes.daily(platform, budget.shared(), accounts, remaining, units, sharedPace)
                        : PaceNotes.steady(platform, budget.shared(), accounts, sharedPace);
            }
        }
        return new PollPace(slowest, slowest.compareTo(settings.paceNoteThreshold()) >= 0 ? note : null);
    }

    private void spend(long accountId, Platform platform, int cost) {
        PlatformBudget budget = settings.budget(platform);
        Instant now = clock.instant();
        synchronized (lock) {
            WindowUsage account = budget.perAccount() == null ? null
                    : perAccount.computeIfAbsent(platform, p -> new HashMap<>())
                            .computeIfAbsent(accountId, id -> WindowUsage.of(budget.perAccount()));
            WindowUsage all = budget.shared() == null ? null : sharedUsage(platform, budget.shared());
            refuseIfSpent(platform, account, cost, now, "this " + platform.displayName() + " account");
            refuseIfSpent(platform, all, cost, now, "all " + platform.displayName() + " accounts of the label's app");
            if (account != null) {
                account.spend(cost, now);
            }
            if (all != null) {
                all.spend(cost, now);
            }
        }
    }

    private static void refuseIfSpent(Platform platform, WindowUsage usage, int cost, Instant now, String whose) {
        if (usage == null) {
            return;
        }
        Duration wait = usage.waitFor(cost, now);
        if (!wait.isZero()) {
            BudgetLimit limit = usage.limit();
            throw new RateLimitedException(platform, "Backline's request budget for " + whose + " ("
                    + limit.describe() + ") is spent; the next request can go in " + PaceNotes.duration(wait),
                    wait, limit.daily());
        }
    }

    private WindowUsage sharedUsage(Platform platform, BudgetLimit limit) {
        return shared.computeIfAbsent(platform, p -> WindowUsage.of(limit));
    }
}
