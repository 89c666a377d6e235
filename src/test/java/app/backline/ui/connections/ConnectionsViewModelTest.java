package app.backline.ui.connections;

import static app.backline.testing.AccountStates.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Artist;
import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.testing.FakeAccountRegistry;
import app.backline.testing.FakeSyncControl;
import app.backline.testing.MutableClock;
import app.backline.ui.common.Formats;
import app.backline.ui.common.RelativeTime;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.FxExecutor;
import app.backline.ui.fx.ManualDelay;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Artist AURORA = new Artist(1, "Aurora Vale", 120);
    private static final Artist OWLS = new Artist(2, "The Night Owls", 40);

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeSyncControl sync = new FakeSyncControl(clock);
    private final FakeAccountRegistry registry = new FakeAccountRegistry(sync, clock)
            .artist(1, "Aurora Vale").artist(2, "The Night Owls");
    private final StatusViewModel status = new StatusViewModel();
    private final ManualDelay delay = new ManualDelay();
    private final Messages messages = Messages.load(Locale.US);
    private ConnectionsViewModel model;

    @BeforeEach
    void setUp() {
        sync.put(account(11, 1, "Aurora Vale", Platform.INSTAGRAM, "aurora.vale")
                .synced(NOW.minus(Duration.ofMinutes(5))).next(NOW.plus(Duration.ofMinutes(4))).build());
        sync.put(account(12, 1, "Aurora Vale", Platform.TIKTOK, "auroravale")
                .synced(NOW.minus(Duration.ofHours(3))).running("Backfill: 240 posts so far").build());
        sync.put(account(13, 1, "Aurora Vale", Platform.YOUTUBE, "AuroraValeMusic").state(ConnectionState.ERROR)
                .synced(NOW.minus(Duration.ofDays(2))).next(NOW.plus(Duration.ofMinutes(24)))
                .error("YouTube did not answer in time; Backline tries again at the next sync")
                .note("YouTube quota: polling every 24 min").build());
        sync.put(account(14, 1, "Aurora Vale", Platform.X, "auroravale").state(ConnectionState.DISCONNECTED)
                .synced(NOW.minus(Duration.ofDays(9))).error("X no longer accepts the access token").build());
        sync.put(account(15, 1, "Aurora Vale", Platform.INSTAGRAM, "aurora.archive")
                .imported(NOW.minus(Duration.ofDays(1))).build());
        sync.put(account(21, 2, "The Night Owls", Platform.X, "thenightowls").build());
        model = new ConnectionsViewModel(sync, registry, TaskRunner.inline(), status, messages,
                new RelativeTime(messages, new Formats(ZoneOffset.UTC, Locale.US)), clock);
        model.start(FxExecutor.inline(), delay);
        model.artistProperty().set(AURORA);
    }

    private ConnectionRow row(long accountId) {
        return model.rows().stream().filter(r -> r.accountId() == accountId).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerAccountOfTheArtistWithItsStateInWords() {
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), model.rows().stream().map(ConnectionRow::accountId).toList(),
                "the registry's order (platform, handle), the archive last; the other artist's account is not shown");
        ConnectionRow ready = row(11);
        assertEquals("@aurora.vale", ready.name());
        assertEquals("Up to date", ready.stateText());
        assertEquals("Last synced 5 min ago", ready.lastSynced());
        assertEquals("Next sync in 4 min", ready.nextSync());
        assertEquals("Token …k3Qz", ready.token());
        assertEquals("", ready.error());
        assertTrue(ready.canSync() && ready.canPause() && ready.canRemove());

        ConnectionRow syncing = row(12);
        assertEquals(ConnectionState.SYNCING, syncing.state());
        assertEquals("Syncing", syncing.stateText());
        assertEquals("Backfill: 240 posts so far", syncing.activity());
        assertEquals("", syncing.nextSync(), "the activity is shown instead");
        assertFalse(syncing.canSync(), "a running account is left alone");

        ConnectionRow failed = row(13);
        assertEquals("Sync failed", failed.stateText());
        assertEquals("YouTube did not answer in time; Backline tries again at the next sync", failed.error());
        assertEquals("YouTube quota: polling every 24 min", failed.note());
        assertEquals("Last synced 2 days ago", failed.lastSynced());
        assertEquals("", failed.reconnectHint());
        assertTrue(failed.needsAttention());
    }

    @Test
    void disconnectedAndArchiveOnlyAccountsOfferNoSync() {
        ConnectionRow disconnected = row(14);
        assertEquals("Disconnected", disconnected.stateText());
        assertEquals("X no longer accepts the access token", disconnected.error());
        assertTrue(disconnected.reconnectHint().startsWith("To reconnect, create a new access token for @auroravale on X"),
                disconnected.reconnectHint());
        assertEquals("", disconnected.nextSync());
        assertFalse(disconnected.canSync() || disconnected.canPause());
        assertTrue(disconnected.canRemove());

        ConnectionRow archive = row(15);
        assertEquals("Imported archive", archive.stateText());
        assertEquals("Last imported yesterday", archive.lastSynced());
        assertEquals("", archive.token());
        assertFalse(archive.canSync() || archive.canPause() || archive.canRemove() || archive.needsAttention());

        model.syncNow(disconnected);
        model.syncNow(archive);
        model.togglePause(archive);
        assertEquals(List.of(), sync.syncRequests());
        assertTrue(model.attentionProperty().get());
    }

    @Test
    void relativeTimesMoveOnEveryMinute() {
        clock.advance(Duration.ofMinutes(2));
        assertEquals("Last synced 5 min ago", row(11).lastSynced(), "unchanged until the minute tick");
        delay.elapse();
        assertEquals("Last synced 7 min ago", row(11).lastSynced());
        assertEquals("Next sync in 2 min", row(11).nextSync());
        clock.advance(Duration.ofMinutes(3));
        delay.elapse();
        assertEquals("Next sync now", row(11).nextSync(), "overdue: the engine is about to run it");
        assertEquals(1, delay.scheduledCount(), "the next tick is scheduled");
    }

    @Test
    void syncNowShowsSyncingThenReady() {
        sync.holdRuns(true);
        model.syncNow(row(13));
        assertEquals(List.of(13L), sync.syncRequests());
        assertEquals(ConnectionState.SYNCING, row(13).state());
        assertEquals("Checking for new posts", row(13).activity());
        assertFalse(row(13).canSync());
        assertEquals("Syncing YouTube @AuroraValeMusic now…", status.messageProperty().get());

        clock.advance(Duration.ofSeconds(20));
        sync.finishRuns();
        ConnectionRow done = row(13);
        assertEquals(ConnectionState.READY, done.state());
        assertEquals("Last synced just now", done.lastSynced());
        assertEquals("Next sync in 5 min", done.nextSync());
        assertEquals("", done.error());
        assertFalse(row(13).needsAttention());
        assertTrue(model.attentionProperty().get(), "X is still disconnected");
    }

    @Test
    void pauseAndResume() {
        model.togglePause(row(11));
        assertTrue(row(11).paused());
        assertEquals("Paused", row(11).nextSync());
        assertEquals("Paused syncing of Instagram @aurora.vale", status.messageProperty().get());
        model.togglePause(row(11));
        assertFalse(row(11).paused());
        assertEquals("Next sync in 5 min", row(11).nextSync());
        assertEquals("Resumed syncing of Instagram @aurora.vale", status.messageProperty().get());
    }

    @Test
    void removeDropsTheRowAndSaysThePostsStay() {
        ConnectionRow x = row(14);
        assertEquals("Stop syncing X @auroravale and forget its access token? The posts it brought in stay in "
                + "Aurora Vale’s feed.", model.removeQuestion(x));
        model.remove(x);
        assertFalse(model.rows().stream().anyMatch(r -> r.accountId() == 14));
        assertEquals("Removed X @auroravale from Aurora Vale; its posts stay in the feed",
                status.messageProperty().get());
        model.remove(x);
        assertEquals("That account is no longer connected", status.problemProperty().get(),
                "the registry's words when it refuses");
    }

    @Test
    void anotherArtistShowsItsOwnAccountsAndAnAddedAccountAppears() {
        model.artistProperty().set(OWLS);
        assertEquals(List.of("@thenightowls"), model.rows().stream().map(ConnectionRow::name).toList());
        AddAccountViewModel form = model.addForm();
        form.platformProperty().set(Platform.TIKTOK);
        form.profileProperty().set("@owls.live");
        form.tokenProperty().set("act.example-token-0123456789wxyz");
        form.save();
        assertEquals(List.of("@owls.live", "@thenightowls"), model.rows().stream().map(ConnectionRow::name).toList());
        ConnectionRow added = model.rows().get(0);
        assertEquals("Waiting", added.stateText());
        assertEquals("Not synced yet", added.lastSynced());
        assertEquals("Token …wxyz", added.token());
        assertTrue(status.messageProperty().get().startsWith("Connected TikTok @owls.live for The Night Owls "
                + "(token …wxyz)"), status.messageProperty().get());
    }

    @Test
    void closingStopsFollowingTheEngine() {
        assertEquals(1, sync.subscriberCount());
        model.close();
        assertEquals(0, sync.subscriberCount());
        assertEquals(0, delay.scheduledCount());
    }
}
