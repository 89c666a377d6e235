package app.backline.sync;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of the sync engine for the UI, published on every change.
 *
 * @param offline true while the network is down (polling is paused, not failing)
 * @param at      when the snapshot was taken, UTC
 */
public record SyncStatus(List<AccountSyncState> accounts, boolean offline, Instant at) {

    public SyncStatus {
        accounts = List.copyOf(accounts);
    }

    /** How many accounts are syncing right now. */
    public long syncing() {
        return accounts.stream().filter(AccountSyncState::running).count();
    }
}
