package app.backline.platform;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** A sync run's {@link RequestMeter}: spends the budget before each request and counts those let through. */
final class BudgetMeter implements RequestMeter {

    private final IntConsumer spend;
    private final AtomicInteger count = new AtomicInteger();

    /** @param spend takes a request's cost from the budget, or throws {@link RateLimitedException} */
    BudgetMeter(IntConsumer spend) {
        this.spend = spend;
    }

    @Override
    public void beforeRequest(int cost) {
        spend.accept(cost);
        count.incrementAndGet();
    }

    @Override
    public int requests() {
        return count.get();
    }
}
