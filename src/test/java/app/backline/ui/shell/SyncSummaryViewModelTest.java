package app.backline.ui.shell;

import static app.backline.testing.AccountStates.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.testing.FakeSyncControl;
import app.backline.testing.MutableClock;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import app.backline.ui.shell.SyncSummaryViewModel.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncSummaryViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final FakeSyncControl sync = new FakeSyncControl(clock);
    private final StatusViewModel status = new StatusViewModel();
    private final AtomicInteger runsEnded = new AtomicInteger();
    private SyncSummaryViewModel model;

    @BeforeEach
    void setUp() {
        model = new SyncSummaryViewModel(sync, TaskRunner.inline(), status, Messages.load(Locale.US),
                runsEnded::incrementAndGet);
        model.start(FxExecutor.inline());
    }

    @Test
    void archivesAloneSayNothing() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "auroravale").imported(clock.instant()).build());
        assertEquals(Kind.NONE, model.kindProperty().get());
        assertEquals("", model.textProperty().get());
    }

    @Test
    void syncingCountsTheRunningAccounts() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "a").build());
        assertEquals("All up to date", model.textProperty().get());
        sync.put(account(2, 1, "Aurora Vale", Platform.TIKTOK, "b").running("Backfill").build());
        assertEquals("Syncing 1 account…", model.textProperty().get());
        sync.put(account(3, 2, "Mara Jensen", Platform.YOUTUBE, "c").running("Poll").build());
        sync.put(account(4, 2, "Mara Jensen", Platform.LINKEDIN, "d").running("Poll").build());
        assertEquals(Kind.SYNCING, model.kindProperty().get());
        assertEquals("Syncing 3 accounts…", model.textProperty().get());
    }

    @Test
    void offlineOutranksEverything() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "a").running("Poll").build());
        sync.setOffline(true);
        assertEquals(Kind.OFFLINE, model.kindProperty().get());
        assertEquals("Offline — will resume when the network returns", model.textProperty().get());
        sync.setOffline(false);
        assertEquals(Kind.SYNCING, model.kindProperty().get());
    }

    @Test
    void failingAndDisconnectedAccountsNeedAttention() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "a").build());
        sync.put(account(2, 3, "Kofi Mensah", Platform.X, "b").state(ConnectionState.ERROR).error("X is down").build());
        sync.put(account(3, 1, "Aurora Vale", Platform.YOUTUBE, "c").state(ConnectionState.DISCONNECTED)
                .error("token revoked").build());
        assertEquals(Kind.ATTENTION, model.kindProperty().get());
        assertEquals("2 accounts need attention", model.textProperty().get());
        assertEquals(Optional.of(3L), model.attentionArtist());
        assertEquals(Optional.of(1L), model.artistOf(3));
        sync.put(account(4, 1, "Aurora Vale", Platform.TIKTOK, "d").state(ConnectionState.PENDING).build());
        assertEquals("2 accounts need attention", model.textProperty().get(), "attention outranks waiting");
    }

    @Test
    void newAccountsWaitForTheirFirstSync() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "a").state(ConnectionState.PENDING).build());
        assertEquals(Kind.WAITING, model.kindProperty().get());
        assertEquals("1 account waits for the first sync", model.textProperty().get());
    }

    @Test
    void syncAllQueuesEveryLiveAccountThatCanSyncAndReportsEachRunEnd() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "a").build());
        sync.put(account(2, 1, "Aurora Vale", Platform.TIKTOK, "b").state(ConnectionState.ERROR).error("down").build());
        sync.put(account(3, 1, "Aurora Vale", Platform.YOUTUBE, "c").state(ConnectionState.DISCONNECTED)
                .error("token revoked").build());
        sync.put(account(4, 1, "Aurora Vale", Platform.INSTAGRAM, "d").imported(clock.instant()).build());
        sync.put(account(5, 1, "Aurora Vale", Platform.LINKEDIN, "e").running("Backfill").build());
        sync.holdRuns(true);
        model.syncAll();
        assertEquals(List.of(1L, 2L), sync.syncRequests());
        assertEquals("Syncing 2 accounts now…", status.messageProperty().get());
        assertEquals("Syncing 3 accounts…", model.textProperty().get());
        assertEquals(0, runsEnded.get());
        sync.finishRuns();
        assertTrue(runsEnded.get() >= 1, "the roster is read again when runs end");
        assertEquals("1 account needs attention", model.textProperty().get(), "TikTok recovered, YouTube did not");
    }

    @Test
    void anOlderSnapshotArrivingLateIsDropped() {
        sync.put(account(1, 1, "Aurora Vale", Platform.X, "a").running("Poll").build());
        assertEquals(Kind.SYNCING, model.kindProperty().get());
        model.show(new app.backline.sync.SyncStatus(List.of(account(1, 1, "Aurora Vale", Platform.X, "a").build()),
                false, clock.instant().minusSeconds(5)));
        assertEquals(Kind.SYNCING, model.kindProperty().get(), "the first read overtaken by a published snapshot");
    }
}
