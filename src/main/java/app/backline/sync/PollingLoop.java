package app.backline.sync;

import app.backline.common.Progress;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's moving part: every pollable account has a due time on the scheduler; a run's outcome sets the
 * next one, switches offline mode on or off, and is followed by the after-run hook. A periodic rescan picks
 * up accounts added or removed elsewhere. While offline, scheduled polls are skipped and everything is
 * rescheduled when the network is back.
 */
final class PollingLoop {

    private static final Logger LOG = LoggerFactory.getLogger(PollingLoop.class);

    private final SyncJob job;
    private final SyncAccountRepository accounts;
    private final Set<Platform> platforms;
    private final StatusBoard board;
    private final Pacing pacing;
    private final PollUnits units;
    private final Clock clock;
    private final Progress progress;
    private final Runnable afterRun;
    private final SyncScheduler scheduler;
    private final OfflineWatch offline;

    /** @param platforms those with a client: other accounts are shown but never polled */
    PollingLoop(SyncJob job, SyncAccountRepository accounts, Set<Platform> platforms, StatusBoard board, Pacing pacing,
                PollUnits units, SyncSettings settings, Clock clock, Progress progress, Runnable afterRun,
                BooleanSupplier probe) {
        this.job = job;
        this.accounts = accounts;
        this.platforms = Set.copyOf(platforms);
        this.board = board;
        this.pacing = pacing;
        this.units = units;
        this.clock = clock;
        this.progress = progress;
        this.afterRun = afterRun;
        this.scheduler = new SyncScheduler(settings.poolSize(), clock, this::scheduledRun);
        this.offline = new OfflineWatch(board, settings.offlineProbe(), probe, this::rescanSoon);
    }

    void start(Duration rescanEvery) {
        offline.probeOn(scheduler.timer());
        rescanSoon();
        scheduler.every(rescanEvery, this::rescan);
    }

    /** One run now, outside the schedule: {@code sync --once}, or the first step of a scheduled run. */
    Optional<SyncJob.Result> runOnce(long accountId, SyncMode mode) {
        Optional<SyncJob.Result> result = job.run(accountId, mode, progress);
        result.filter(SyncJob.Result::ran).ifPresent(r -> {
            if (r.run().kind() == RunOutcome.Kind.OFFLINE) {
                offline.wentOffline();
            } else if (r.run().networkAnswered() && offline.offline()) {
                offline.cameOnline();
            }
            try {
                afterRun.run();
            } catch (RuntimeException e) {
                LOG.warn("The after-run task failed", e);
            }
        });
        return result;
    }

    void syncNow(long accountId) {
        scheduler.submit(accountId, SyncMode.MANUAL);
    }

    void paused(long accountId, boolean paused) {
        if (paused) {
            scheduler.cancel(accountId);
        } else {
            scheduler.at(accountId, clock.instant(), SyncMode.POLL);
        }
    }

    void rescanSoon() {
        scheduler.onTimer(this::rescan);
    }

    /** @see SyncScheduler#shutdown */
    boolean shutdown(Duration wait) {
        return scheduler.shutdown(wait);
    }

    private Instant scheduledRun(long accountId, SyncMode mode) {
        if (mode == SyncMode.POLL && offline.offline()) {
            return null; // rescheduled with everything else when the network is back
        }
        return runOnce(accountId, mode).map(SyncJob.Result::next).orElse(null);
    }

    private void rescan() {
        List<SyncAccount> all = accounts.findAll(null);
        board.load(all);
        for (SyncAccount a : all) {
            if (!pollable(a)) {
                scheduler.cancel(a.id());
            } else if (!scheduler.scheduled(a.id()) && !offline.offline()) {
                scheduler.at(a.id(), pacing.initial(a, pacing.pace(a, units.activeAccounts(a), units.perPoll(a.id()))),
                        SyncMode.POLL);
            }
        }
    }

    /** Live, not paused, not disconnected, and a client for its platform. */
    private boolean pollable(SyncAccount a) {
        return a.account().connectionType() != ConnectionType.IMPORT && !a.paused()
                && a.state() != ConnectionState.DISCONNECTED && platforms.contains(a.account().platform());
    }
}
