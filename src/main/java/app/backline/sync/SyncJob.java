package app.backline.sync;

import app.backline.common.Progress;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.PlatformClient;
import app.backline.platform.PollPace;
import app.backline.platform.RequestBudgets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's sync from start to end: SYNCING by compare-and-set, a RUNNING run record, the run itself,
 * then the account's next state by compare-and-set, the run's record, a notice when it needs a person, and
 * fresh status for the board. Catches every exception of the run: a failure becomes the account's
 * plain-words error, logged once here.
 */
final class SyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

    /** The engine's parts a job uses. */
    record Parts(Map<Platform, PlatformClient> clients, RequestBudgets budgets, SyncStore store,
                 AccountConnections connections, DraftEnricher enricher, SyncSettings settings, Clock clock,
                 Pacing pacing, StatusBoard board, AttentionNotices notices) {
    }

    /**
     * How the job ended: the CLI line, what the run found out ({@code null} when nothing ran), and when the
     * account is due next ({@code null} for not by itself).
     */
    record Result(SyncOutcome outcome, RunOutcome run, Instant next) {

        boolean ran() {
            return run != null;
        }
    }

    private final Parts p;
    private final PollUnits units;

    SyncJob(Parts parts, PollUnits units) {
        this.p = parts;
        this.units = units;
    }

    /** @return empty when there is no such account */
    Optional<Result> run(long accountId, SyncMode requested, Progress progress) {
        SyncAccount account = p.store().accounts().find(accountId).orElse(null);
        if (account == null) {
            p.board().remove(accountId);
            return Optional.empty();
        }
        PlatformClient client = p.clients().get(account.account().platform());
        String whyNot = whyNot(account, client);
        if (whyNot == null && !p.store().accounts().beginSync(accountId, account.state(), p.clock().instant())) {
            whyNot = "Not synced: another sync of it started first";
        }
        if (whyNot != null) {
            return Optional.of(new Result(new SyncOutcome(accountId, account.artistName(), account.account().platform(),
                    account.account().handle(), account.state(), 0, 0, 0, whyNot), null, null));
        }
        Instant start = p.clock().instant();
        SyncMode mode = account.backfillComplete() ? requested : SyncMode.BACKFILL;
        long runId = p.store().runs().start(accountId, account.account().artistId(), mode, start);
        p.board().running(accountId, true);
        refresh(accountId);
        RunTally tally = new RunTally(p.budgets().meter(accountId, account.account().platform()));
        RunOutcome outcome = execute(account, client, mode, progress, tally);
        return Optional.of(finish(account, runId, mode, outcome, tally));
    }

    /** Why the account cannot run now, or {@code null} when it can. */
    private String whyNot(SyncAccount a, PlatformClient client) {
        if (a.account().connectionType() == ConnectionType.IMPORT) {
            return "Not synced: archive-only account";
        }
        if (a.state() == ConnectionState.DISCONNECTED) {
            return a.account().lastError() != null ? a.account().lastError() : "Disconnected: reconnect the account";
        }
        if (a.state() == ConnectionState.SYNCING) {
            return "Not synced: another sync of it is running";
        }
        if (client == null) {
            String note = "Backline cannot sync " + a.account().platform().displayName() + " accounts in this version";
            p.board().note(a.id(), note);
            return note;
        }
        return null;
    }

    private RunOutcome execute(SyncAccount account, PlatformClient client, SyncMode mode, Progress progress,
                               RunTally tally) {
        try {
            RunContext ctx = new RunContext(account, client, p.connections().open(account, tally.meter()), p.store(),
                    p.settings(), p.enricher(), p.clock(), progress, text -> p.board().activity(account.id(), text),
                    tally);
            new AccountSyncRun(ctx, mode).execute();
            return RunOutcome.SUCCESS;
        } catch (RuntimeException e) {
            RunOutcome outcome = RunOutcome.of(e);
            if (outcome.unexpected()) {
                LOG.error("Sync of account {} ({}) failed", account.id(), account.account().platform(), e);
            } else if (outcome.kind() != RunOutcome.Kind.SUCCEEDED) {
                LOG.warn("Sync of account {} ({}) ended {}: {}", account.id(), account.account().platform(),
                        outcome.kind(), outcome.message());
            }
            return outcome;
        }
    }

    private Result finish(SyncAccount before, long runId, SyncMode mode, RunOutcome outcome, RunTally tally) {
        long id = before.id();
        Instant now = p.clock().instant();
        if (outcome.kind() != RunOutcome.Kind.GONE) {
            if (mode != SyncMode.BACKFILL && outcome.kind() == RunOutcome.Kind.SUCCEEDED) {
                units.record(id, tally.requests());
            }
            PollPace pace = p.pacing().pace(before, units.activeAccounts(before), units.perPoll(id));
            AccountEnd end = AccountEnd.of(before, outcome, pace, p.pacing(), now);
            p.store().accounts().endSync(id, end.end());
            p.store().runs().finish(runId, outcome.runStatus(), tally.added(), tally.updated(), tally.requests(),
                    outcome.message(), now);
            p.board().note(id, end.note());
        }
        p.board().running(id, false);
        Optional<SyncAccount> after = refresh(id);
        after.ifPresent(a -> p.notices().consider(a, outcome.kind() == RunOutcome.Kind.DISCONNECTED));
        SyncAccount shown = after.orElse(before);
        SyncOutcome line = new SyncOutcome(id, before.artistName(), before.account().platform(),
                shown.account().handle(), after.map(SyncAccount::state).orElse(before.state()), tally.added(),
                tally.updated(), tally.requests(), outcome.message());
        Instant next = after.filter(a -> !a.paused()).map(SyncAccount::nextSyncAt).orElse(null);
        return new Result(line, outcome, next);
    }

    private Optional<SyncAccount> refresh(long accountId) {
        Optional<SyncAccount> fresh = p.store().accounts().find(accountId);
        fresh.ifPresentOrElse(p.board()::update, () -> p.board().remove(accountId));
        return fresh;
    }
}
