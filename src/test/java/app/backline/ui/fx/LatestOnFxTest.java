package app.backline.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestOnFxTest {

    /** Holds queued FX actions until the test runs them, as the FX thread would later. */
    private static final class ManualFx implements FxExecutor {
        final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable action) {
            queued.add(action);
        }

        void runAll() {
            Runnable next;
            while ((next = queued.poll()) != null) {
                next.run();
            }
        }
    }

    @Test
    void aBurstBecomesOneDeliveryOfTheNewestValue() {
        ManualFx fx = new ManualFx();
        List<Integer> delivered = new ArrayList<>();
        LatestOnFx<Integer> relay = new LatestOnFx<>(fx, delivered::add);
        relay.accept(1);
        relay.accept(2);
        relay.accept(3);
        assertEquals(1, fx.queued.size(), "one delivery queued for the whole burst");
        assertEquals(List.of(), delivered, "nothing before the FX thread runs");
        fx.runAll();
        assertEquals(List.of(3), delivered);
    }

    @Test
    void aValueAfterADeliveryQueuesTheNextOne() {
        ManualFx fx = new ManualFx();
        List<Integer> delivered = new ArrayList<>();
        LatestOnFx<Integer> relay = new LatestOnFx<>(fx, delivered::add);
        relay.accept(1);
        fx.runAll();
        relay.accept(2);
        assertEquals(1, fx.queued.size());
        relay.accept(4);
        fx.runAll();
        assertEquals(List.of(1, 4), delivered);
        fx.runAll();
        assertEquals(List.of(1, 4), delivered, "no empty deliveries");
    }

    @Test
    void aValueArrivingWhileTheTargetRunsIsDeliveredNext() {
        ManualFx fx = new ManualFx();
        List<Integer> delivered = new ArrayList<>();
        LatestOnFx<Integer>[] relay = new LatestOnFx[1];
        relay[0] = new LatestOnFx<>(fx, value -> {
            delivered.add(value);
            if (value == 1) {
                relay[0].accept(2); // a worker publishes while the FX thread handles the previous snapshot
            }
        });
        relay[0].accept(1);
        fx.runAll();
        assertEquals(List.of(1, 2), delivered);
    }

    @Test
    void inlineExecutorDeliversAtOnce() {
        List<String> delivered = new ArrayList<>();
        LatestOnFx<String> relay = new LatestOnFx<>(FxExecutor.inline(), delivered::add);
        relay.accept("a");
        relay.accept("b");
        assertEquals(List.of("a", "b"), delivered);
        assertThrows(NullPointerException.class, () -> relay.accept(null));
    }

    @Test
    void manyPublishersNeverQueueMoreThanOneDeliveryAndTheLastValueWins() throws Exception {
        ManualFx fx = new ManualFx();
        List<Integer> delivered = new ArrayList<>();
        LatestOnFx<Integer> relay = new LatestOnFx<>(fx, delivered::add);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 4; t++) {
            int base = t * 1000;
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 1000; i++) {
                    relay.accept(base + i);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, fx.queued.size(), "nothing was delivered meanwhile, so one delivery is queued");
        fx.runAll();
        assertEquals(1, delivered.size());
        assertTrue(delivered.get(0) % 1000 == 999, "the newest value of one of the publishers: " + delivered);
    }
}
