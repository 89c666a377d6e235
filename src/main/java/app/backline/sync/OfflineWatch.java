package app.backline.sync;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's offline mode. A run that finds no network switches it on: polling pauses (no ERROR states,
 * no stream of failures) and one probe every {@code probeEvery} checks the network. The first probe or
 * run that gets an answer switches it off and everything resumes.
 */
final class OfflineWatch {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineWatch.class);

    private final StatusBoard board;
    private final Duration probeEvery;
    private final BooleanSupplier probe;
    private final Runnable resume;
    private final AtomicBoolean offline = new AtomicBoolean();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> probing;

    /**
     * @param probe  true when the network answered
     * @param resume called once when the network is back
     */
    OfflineWatch(StatusBoard board, Duration probeEvery, BooleanSupplier probe, Runnable resume) {
        this.board = board;
        this.probeEvery = probeEvery;
        this.probe = probe;
        this.resume = resume;
    }

    /** From now on offline mode probes on {@code timer}; before, it only shows (the CLI's single cycle). */
    synchronized void probeOn(ScheduledExecutorService probeTimer) {
        this.timer = probeTimer;
    }

    boolean offline() {
        return offline.get();
    }

    synchronized void wentOffline() {
        if (!offline.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Offline: polling paused, checking the network every {} s", probeEvery.toSeconds());
        board.offline(true);
        if (timer != null && !timer.isShutdown()) {
            long ms = Math.max(1, probeEvery.toMillis());
            probing = timer.scheduleWithFixedDelay(this::probeOnce, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    void cameOnline() {
        synchronized (this) {
            if (!offline.compareAndSet(true, false)) {
                return;
            }
            if (probing != null) {
                probing.cancel(false);
                probing = null;
            }
            LOG.info("Online again: polling resumes");
            board.offline(false);
        }
        resume.run();
    }

    private void probeOnce() {
        try {
            if (probe.getAsBoolean()) {
                cameOnline();
            }
        } catch (RuntimeException e) {
            LOG.debug("Network probe failed", e);
        }
    }
}
