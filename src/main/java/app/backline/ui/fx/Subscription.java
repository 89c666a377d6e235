package app.backline.ui.fx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ViewModel's subscription to a service (the sync engine's snapshots or notices): held until the screen
 * closes, then closed quietly: a failure to unsubscribe is logged once and never reaches the caller.
 * Used on the FX thread only.
 */
public final class Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);

    private AutoCloseable handle;

    /** Holds {@code subscription}, closing one held before. */
    public void hold(AutoCloseable subscription) {
        close();
        this.handle = subscription;
    }

    /** Stops the subscription; nothing happens when none is held. */
    public void close() {
        AutoCloseable held = handle;
        handle = null;
        if (held == null) {
            return;
        }
        try {
            held.close();
        } catch (Exception e) {
            LOG.warn("Could not stop following a service", e);
        }
    }
}
