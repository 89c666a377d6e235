package app.backline.platform;

import java.util.concurrent.atomic.AtomicInteger;

/** A {@link RequestMeter} that counts requests and never refuses one. */
final class CountingMeter implements RequestMeter {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void beforeRequest(int cost) {
        count.incrementAndGet();
    }

    @Override
    public int requests() {
        return count.get();
    }
}
