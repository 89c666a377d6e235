package app.backline.sync;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition of the engine's worker threads, with a deadline. */
final class Waits {

    private Waits() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
