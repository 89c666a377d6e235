package app.backline.app;

import app.backline.accounts.AccountListing;
import app.backline.accounts.AccountRegistry;
import app.backline.accounts.AccountRequest;
import app.backline.common.UserFacingException;
import app.backline.domain.SyncRun;
import app.backline.network.NetworkSettings;
import app.backline.network.ProxySettings;
import app.backline.sync.AttentionNotice;
import app.backline.sync.SyncControl;
import app.backline.sync.SyncRunQuery;
import app.backline.sync.SyncStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stands in for the sync engine, the account registry and the network settings until the composition root
 * builds the real ones (issue 4 is built in parallel; the merge replaces this class with {@code AppContext}'s
 * services and deletes it). No accounts, nothing to sync; adding an account or a proxy says it is not there yet.
 */
final class LiveSyncPending implements SyncControl, AccountRegistry, NetworkSettings {

    private static final String NOT_YET = "Live sync is not part of this build yet";

    @Override
    public SyncStatus status() {
        return new SyncStatus(List.of(), false, Instant.now());
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        return () -> { };
    }

    @Override
    public AutoCloseable subscribeNotices(Consumer<AttentionNotice> listener) {
        return () -> { };
    }

    @Override
    public void syncNow(long accountId) {
        throw new UserFacingException(NOT_YET);
    }

    @Override
    public void setPaused(long accountId, boolean paused) {
        throw new UserFacingException(NOT_YET);
    }

    @Override
    public List<SyncRun> runs(SyncRunQuery query) {
        return List.of();
    }

    @Override
    public AccountListing add(AccountRequest request) {
        throw new UserFacingException(NOT_YET);
    }

    @Override
    public List<AccountListing> list(Long artistId) {
        return List.of();
    }

    @Override
    public void remove(long accountId) {
        throw new UserFacingException(NOT_YET);
    }

    @Override
    public ProxySettings proxy() {
        return ProxySettings.SYSTEM;
    }

    @Override
    public void saveProxy(ProxySettings proxy) {
        throw new UserFacingException(NOT_YET);
    }
}
