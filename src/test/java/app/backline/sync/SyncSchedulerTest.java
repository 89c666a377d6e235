package app.backline.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.SyncMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SyncSchedulerTest {

    @Test
    void oneRunPerAccountAtATimeAndAFailingJobStopsNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        List<Long> order = new CopyOnWriteArrayList<>();
        SyncScheduler scheduler = new SyncScheduler(2, Clock.systemUTC(), (id, mode) -> {
            runs.incrementAndGet();
            order.add(id);
            if (id == 1) {
                await(release);
            }
            if (id == 2) {
                throw new IllegalStateException("boom");
            }
            return null;
        });
        try {
            assertTrue(scheduler.submit(1, SyncMode.POLL));
            Waits.until("account 1 running", Duration.ofSeconds(5), () -> runs.get() == 1);
            assertFalse(scheduler.submit(1, SyncMode.MANUAL), "single flight");
            assertTrue(scheduler.submit(2, SyncMode.POLL));
            Waits.until("account 2 ran and threw", Duration.ofSeconds(5), () -> runs.get() == 2);
            Waits.until("the failure freed its slot", Duration.ofSeconds(5), () -> scheduler.submit(2, SyncMode.POLL));
            release.countDown();
            Waits.until("all ran", Duration.ofSeconds(5), () -> runs.get() == 3);
            // account 1's released run is still returning when the count says 3: its slot frees a moment later
            Waits.until("account 1 may run again", Duration.ofSeconds(5), () -> scheduler.submit(1, SyncMode.POLL));
        } finally {
            assertTrue(scheduler.shutdown(Duration.ofSeconds(5)));
        }
        assertEquals(List.of(1L, 2L, 2L), order.subList(0, 3));
    }

    /** Repeated: a finishing run's new due time once raced with the first one and was cancelled. */
    @RepeatedTest(20)
    void aJobReturningItsNextTimeIsScheduledAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        SyncScheduler scheduler = new SyncScheduler(1, Clock.systemUTC(), (id, mode) ->
                runs.incrementAndGet() < 3 ? Instant.now().plusMillis(20) : null);
        try {
            scheduler.at(7, Instant.now(), SyncMode.POLL);
            Waits.until("three runs (" + runs.get() + ")", Duration.ofSeconds(5), () -> runs.get() == 3);
            Thread.sleep(100);
            assertEquals(3, runs.get(), "null means not again by itself");
            assertFalse(scheduler.scheduled(7));
        } finally {
            scheduler.shutdown(Duration.ofSeconds(5));
        }
        assertFalse(scheduler.submit(7, SyncMode.MANUAL), "nothing starts after shutdown");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
