package app.backline.ui.fx;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SubscriptionTest {

    @Test
    void closesWhatItHoldsOnceAndTheOldOneWhenANewOneComes() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        Subscription subscription = new Subscription();
        subscription.close();
        subscription.hold(first::incrementAndGet);
        subscription.hold(second::incrementAndGet);
        assertEquals(1, first.get(), "the replaced subscription was closed");
        subscription.close();
        subscription.close();
        assertEquals(1, second.get(), "closed once");
    }

    @Test
    void aFailureToUnsubscribeNeverReachesTheScreen() {
        Subscription subscription = new Subscription();
        subscription.hold(() -> {
            throw new IllegalStateException("engine already stopped");
        });
        assertDoesNotThrow(subscription::close);
    }
}
