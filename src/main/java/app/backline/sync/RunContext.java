package app.backline.sync;

import app.backline.common.Progress;
import app.backline.persistence.repository.SyncAccount;
import app.backline.platform.ApiConnection;
import app.backline.platform.PlatformClient;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What the steps of one sync run share.
 *
 * @param activity gets a short line for the Connections panel ("Backfill: 240 posts so far")
 * @param progress cancelled when the engine shuts down; steps check it at every page boundary
 */
record RunContext(SyncAccount account, PlatformClient client, ApiConnection connection, SyncStore store,
                  SyncSettings settings, DraftEnricher enricher, Clock clock, Progress progress,
                  Consumer<String> activity, RunTally tally) {

    long accountId() {
        return account.id();
    }

    int backfillDays() {
        return account.backfillDays() != null ? account.backfillDays() : settings.backfillDays();
    }

    RunContext withConnection(ApiConnection newConnection) {
        return new RunContext(account, client, newConnection, store, settings, enricher, clock, progress, activity,
                tally);
    }
}
