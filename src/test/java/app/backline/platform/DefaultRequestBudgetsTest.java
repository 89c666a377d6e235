package app.backline.platform;

import app.backline.domain.Platform;
import app.backline.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budgets: per-account and shared windows, YouTube's daily quota and the poll pace it implies. */
class DefaultRequestBudgetsTest {

    /** 2026-11-22 08:00 UTC = 00:00 Pacific (PST, UTC−8): a whole quota day ahead. */
    private static final Instant PACIFIC_MIDNIGHT = Instant.parse("2026-11-22T08:00:00Z");

    private final MutableClock clock = new MutableClock(PACIFIC_MIDNIGHT);

    @Test
    void anXAccountIsRefusedOnceItsWindowIsSpentWhileAnotherAccountGoesOn() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults()
                .with(Platform.X, new PlatformBudget(BudgetLimit.rolling(3, Duration.ofMinutes(15)),
                        BudgetLimit.rolling(100, Duration.ofMinutes(15)))), clock);
        RequestMeter first = budgets.meter(1, Platform.X);
        for (int i = 0; i < 3; i++) {
            first.beforeRequest(1);
            clock.advance(Duration.ofMinutes(1));
        }

        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> first.beforeRequest(1));

        // the oldest request (at 0 min) leaves the window at 15 min; it is now 3 min
        assertEquals(Duration.ofMinutes(12), refused.retryAfter());
        assertFalse(refused.dailyQuota());
        assertTrue(refused.getMessage().contains("this X account (3 per 15 min)"), refused.getMessage());
        assertEquals(3, first.requests());
        budgets.meter(2, Platform.X).beforeRequest(1);
        clock.advance(Duration.ofMinutes(12));
        first.beforeRequest(1);
        assertEquals(4, first.requests());
    }

    @Test
    void aNewMeterForTheSameAccountSharesItsWindow() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults()
                .with(Platform.INSTAGRAM, new PlatformBudget(BudgetLimit.rolling(2, Duration.ofHours(1)), null)), clock);
        budgets.meter(5, Platform.INSTAGRAM).beforeRequest(1);
        budgets.meter(5, Platform.INSTAGRAM).beforeRequest(1);

        assertThrows(RateLimitedException.class, () -> budgets.meter(5, Platform.INSTAGRAM).beforeRequest(1));
    }

    @Test
    void tiktoksSharedMinuteIsSharedByAllAccounts() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults()
                .with(Platform.TIKTOK, new PlatformBudget(null, BudgetLimit.rolling(4, Duration.ofMinutes(1)))), clock);
        for (long account = 1; account <= 4; account++) {
            budgets.meter(account, Platform.TIKTOK).beforeRequest(1);
        }

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> budgets.meter(9, Platform.TIKTOK).beforeRequest(1));

        assertEquals(Duration.ofMinutes(1), e.retryAfter());
        assertTrue(e.getMessage().contains("all TikTok accounts"), e.getMessage());
    }

    @Test
    void youtubesDailyQuotaIsSharedAndRefillsAtPacificMidnight() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults(), clock);
        RequestMeter a = budgets.meter(1, Platform.YOUTUBE);
        RequestMeter b = budgets.meter(2, Platform.YOUTUBE);
        for (int i = 0; i < 5_000; i++) {
            a.beforeRequest(1);
            b.beforeRequest(1);
        }
        clock.advance(Duration.ofHours(20));

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> a.beforeRequest(1));

        assertTrue(e.dailyQuota());
        assertEquals(Duration.ofHours(4), e.retryAfter());
        assertEquals(5_000, a.requests());
        clock.advance(Duration.ofHours(4));
        b.beforeRequest(50);
        assertEquals(5_001, b.requests());
    }

    @Test
    void aCostlyCallSpendsItsUnits() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults()
                .with(Platform.YOUTUBE, new PlatformBudget(null, BudgetLimit.daily(100, BudgetSettings.PACIFIC))), clock);
        RequestMeter meter = budgets.meter(1, Platform.YOUTUBE);
        meter.beforeRequest(50);
        meter.beforeRequest(50);

        assertThrows(RateLimitedException.class, () -> meter.beforeRequest(1));
        assertEquals(2, meter.requests());
    }

    @Test
    void youtubePaceSpreadsTheRemainingUnitsOverTheRestOfTheDay() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults(), clock);
        RequestMeter meter = budgets.meter(1, Platform.YOUTUBE);
        for (int i = 0; i < 2_800; i++) {
            meter.beforeRequest(1);
        }
        clock.advance(Duration.ofHours(12));

        PollPace pace = budgets.pace(Platform.YOUTUBE, 20, 3);

        // 7,200 units left / (20 accounts × 3 units) = 120 rounds over the 12 h left → every 6 min
        assertEquals(Duration.ofMinutes(6), pace.minimumInterval());
        assertEquals("YouTube quota: polling each of 20 accounts every 6 min so the 7,200 of 10,000 daily units"
                + " left last until midnight America/Los_Angeles", pace.note());
    }

    @Test
    void aFastEnoughPaceNeedsNoNote() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults(), clock);

        PollPace pace = budgets.pace(Platform.YOUTUBE, 3, 2);

        // 10,000 / 6 = 1,666 rounds over 24 h → every 51.8 s
        assertEquals(Duration.ofDays(1).dividedBy(1_666), pace.minimumInterval());
        assertNull(pace.note());
    }

    @Test
    void aSpentQuotaPacesUntilTheReset() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults()
                .with(Platform.YOUTUBE, new PlatformBudget(null, BudgetLimit.daily(10, BudgetSettings.PACIFIC))), clock);
        budgets.meter(1, Platform.YOUTUBE).beforeRequest(9);
        clock.advance(Duration.ofHours(23));

        PollPace pace = budgets.pace(Platform.YOUTUBE, 2, 1);

        assertEquals(Duration.ofHours(1), pace.minimumInterval());
        assertEquals("YouTube quota for today is used up: polling resumes after midnight America/Los_Angeles"
                + " (in 1 h)", pace.note());
    }

    @Test
    void linkedInsPerAccountDailyLimitSetsASteadyPace() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults(), clock);

        PollPace pace = budgets.pace(Platform.LINKEDIN, 2, 2);

        // per account 500 a day at 2 requests a poll → every 345.6 s; the app's 5,000 allow 2 accounts far more
        assertEquals(Duration.ofMillis(345_600), pace.minimumInterval());
        assertEquals("LinkedIn's request limit is 500 a day (reset at midnight UTC): polling each account every 6 min",
                pace.note());
        RequestMeter meter = budgets.meter(1, Platform.LINKEDIN);
        for (int i = 0; i < 500; i++) {
            meter.beforeRequest(1);
        }
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> meter.beforeRequest(1));
        assertTrue(e.dailyQuota());
        assertEquals(Duration.between(clock.instant(),
                clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                        .toInstant()), e.retryAfter());
    }

    @Test
    void rollingWindowsPaceSteadilyAndNoBudgetMeansNoPace() {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults(), clock);

        PollPace pace = budgets.pace(Platform.X, 10, 1);

        // 900 per 15 min per account → 1 s; the app's 10,000 per 15 min over 10 accounts → 0.9 s
        assertEquals(Duration.ofSeconds(1), pace.minimumInterval());
        assertNull(pace.note());
        assertEquals(new PollPace(Duration.ZERO, null),
                new DefaultRequestBudgets(new BudgetSettings(java.util.Map.of(), Duration.ofMinutes(5)), clock)
                        .pace(Platform.TIKTOK, 3, 1));
    }

    @Test
    void concurrentMetersNeverOverspendTheSharedQuota() throws Exception {
        DefaultRequestBudgets budgets = new DefaultRequestBudgets(BudgetSettings.defaults()
                .with(Platform.YOUTUBE, new PlatformBudget(null, BudgetLimit.daily(1_000, BudgetSettings.PACIFIC))), clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            long account = t;
            jobs.add(pool.submit(() -> {
                RequestMeter meter = budgets.meter(account, Platform.YOUTUBE);
                go.await();
                for (int i = 0; i < 300; i++) {
                    try {
                        meter.beforeRequest(1);
                        allowed.incrementAndGet();
                    } catch (RateLimitedException refused) {
                        // expected once the 1,000 units are gone
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> job : jobs) {
            job.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(1_000, allowed.get());
    }
}
