package app.backline.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Account;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.PollPace;
import app.backline.platform.RequestMeter;
import app.backline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PacingTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final PollPace FREE = new PollPace(Duration.ZERO, null);

    private final MutableClock clock = new MutableClock(T0);
    private final Pacing pacing = new Pacing(SyncSettings.defaults(),
            SyncFixture.budgets(RequestMeter::unmetered, FREE), clock, new SplittableRandom(1));

    private static SyncAccount account(Integer pollSeconds, Instant next, boolean backfilled) {
        return new SyncAccount(new Account(1, 1, Platform.X, "42", "mila", null, ConnectionType.MANUAL,
                ConnectionState.READY, null, null), "Mila", "…wxyz", null, null, null, pollSeconds, false, next, null,
                backfilled, null, null, 0, null, null, null);
    }

    @Test
    void pollsSpreadWithinTheJitterAroundTheInterval() {
        Duration min = Duration.ofDays(1);
        Duration max = Duration.ZERO;
        for (int i = 0; i < 500; i++) {
            Duration d = Duration.between(T0, pacing.nextPoll(account(null, null, true), FREE));
            min = d.compareTo(min) < 0 ? d : min;
            max = d.compareTo(max) > 0 ? d : max;
        }
        assertTrue(min.compareTo(Duration.ofSeconds(270)) >= 0 && min.compareTo(Duration.ofSeconds(280)) < 0, min.toString());
        assertTrue(max.compareTo(Duration.ofSeconds(330)) <= 0 && max.compareTo(Duration.ofSeconds(320)) > 0, max.toString());
    }

    @Test
    void theAccountsOwnIntervalAndTheBudgetsPaceBothApply() {
        assertEquals(Duration.ofSeconds(900), pacing.interval(account(900, null, true), FREE));
        assertEquals(Duration.ofMinutes(24), pacing.interval(account(900, null, true),
                new PollPace(Duration.ofMinutes(24), "quota")));
    }

    @Test
    void failuresBackOffByDoublingUpToAnHour() {
        SyncAccount a = account(null, null, true);
        assertEquals(T0.plusSeconds(300), pacing.afterFailure(a, FREE, 1));
        assertEquals(T0.plusSeconds(600), pacing.afterFailure(a, FREE, 2));
        assertEquals(T0.plusSeconds(1200), pacing.afterFailure(a, FREE, 3));
        assertEquals(T0.plusSeconds(3600), pacing.afterFailure(a, FREE, 5));
        assertEquals(T0.plusSeconds(3600), pacing.afterFailure(a, FREE, 60));
    }

    @Test
    void aRateLimitIsWaitedOutButNeverHammered() {
        assertEquals(T0.plusSeconds(30), pacing.afterRateLimit(Duration.ZERO));
        assertEquals(T0.plus(Duration.ofHours(9)), pacing.afterRateLimit(Duration.ofHours(9)));
    }

    @Test
    void atStartUpAStoredTimeStaysAndOverdueOnesSpreadOut() {
        assertEquals(T0.plusSeconds(200), pacing.initial(account(null, T0.plusSeconds(200), true), FREE));
        Instant overdue = pacing.initial(account(null, T0.minusSeconds(3600), true), FREE);
        assertTrue(!overdue.isBefore(T0) && !overdue.isAfter(T0.plusSeconds(60)), overdue.toString());
        Instant fresh = pacing.initial(account(null, null, false), FREE);
        assertTrue(!fresh.isAfter(T0.plusSeconds(2)), "a new account starts within seconds");
    }
}
