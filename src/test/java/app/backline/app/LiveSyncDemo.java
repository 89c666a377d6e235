package app.backline.app;

import static app.backline.testing.AccountStates.account;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRunStatus;
import app.backline.testing.FakeAccountRegistry;
import app.backline.testing.FakeNetworkSettings;
import app.backline.testing.FakeSyncControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The live sync fakes filled as a label's week might look: Aurora Vale's accounts side by side in every
 * state (READY, SYNCING, ERROR with a quota note, DISCONNECTED, PENDING, an imported archive), another
 * artist's healthy account, and a history of runs. For screen flows and the preview.
 */
final class LiveSyncDemo {

    static final long IG = 101;
    static final long TIKTOK = 102;
    static final long YOUTUBE = 103;
    static final long X = 104;
    static final long LINKEDIN = 105;
    static final long IG_ARCHIVE = 106;
    static final long OWLS_X = 201;

    final FakeSyncControl sync;
    final FakeAccountRegistry accounts;
    final FakeNetworkSettings network = new FakeNetworkSettings();

    LiveSyncDemo(Clock clock, long aurora, long owls) {
        sync = new FakeSyncControl(clock);
        accounts = new FakeAccountRegistry(sync, clock).artist(aurora, "Aurora Vale").artist(owls, "The Night Owls");
        Instant now = clock.instant();
        sync.put(account(IG, aurora, "Aurora Vale", Platform.INSTAGRAM, "aurora.vale").userId("17841405822304914")
                .synced(now.minus(Duration.ofMinutes(5))).next(now.plus(Duration.ofMinutes(4))).token("…k3Qz").build());
        sync.put(account(TIKTOK, aurora, "Aurora Vale", Platform.TIKTOK, "auroravale")
                .synced(now.minus(Duration.ofHours(2))).running("Backfill: 240 posts so far").token("…Zt8e").build());
        sync.put(account(YOUTUBE, aurora, "Aurora Vale", Platform.YOUTUBE, "AuroraValeMusic")
                .state(ConnectionState.ERROR).synced(now.minus(Duration.ofHours(6)))
                .next(now.plus(Duration.ofMinutes(24))).token("…0dQw")
                .error("YouTube did not answer in time (3 tries). Backline tries again at the next sync.")
                .note("YouTube quota is shared by every install of the label’s app: polling every 24 min to stay "
                        + "within 10,000 units a day").build());
        sync.put(account(X, aurora, "Aurora Vale", Platform.X, "auroravale").state(ConnectionState.DISCONNECTED)
                .synced(now.minus(Duration.ofDays(3))).token("…f9Lm")
                .error("X no longer accepts the access token (it was revoked or has expired).").build());
        sync.put(account(LINKEDIN, aurora, "Aurora Vale", Platform.LINKEDIN, "Aurora Vale Music")
                .state(ConnectionState.PENDING).userId("urn:li:organization:2414183").next(now.plusSeconds(20))
                .token("…Qm2x").build());
        sync.put(account(IG_ARCHIVE, aurora, "Aurora Vale", Platform.INSTAGRAM, "aurora.vale.archive")
                .imported(now.minus(Duration.ofDays(2))).build());
        sync.put(account(OWLS_X, owls, "The Night Owls", Platform.X, "thenightowls")
                .synced(now.minus(Duration.ofMinutes(12))).next(now.plus(Duration.ofMinutes(3))).build());
        history(now);
    }

    private void history(Instant now) {
        sync.record(OWLS_X, SyncMode.BACKFILL, now.minus(Duration.ofDays(3)), Duration.ofSeconds(185),
                SyncRunStatus.SUCCEEDED, 412, 0, 14, null);
        sync.record(IG, SyncMode.BACKFILL, now.minus(Duration.ofDays(2)), Duration.ofSeconds(74),
                SyncRunStatus.SUCCEEDED, 236, 0, 9, null);
        sync.record(X, SyncMode.POLL, now.minus(Duration.ofDays(3)).plusSeconds(600), Duration.ofMillis(820),
                SyncRunStatus.FAILED, 0, 0, 1, "X no longer accepts the access token (it was revoked or has expired).");
        sync.record(YOUTUBE, SyncMode.POLL, now.minus(Duration.ofHours(7)), Duration.ofSeconds(3),
                SyncRunStatus.SUCCEEDED, 1, 18, 4, null);
        sync.record(YOUTUBE, SyncMode.POLL, now.minus(Duration.ofHours(1)), Duration.ofSeconds(31),
                SyncRunStatus.FAILED, 0, 0, 3, "YouTube did not answer in time (3 tries). Backline tries again at "
                        + "the next sync.");
        sync.record(IG, SyncMode.POLL, now.minus(Duration.ofMinutes(40)), Duration.ofMillis(1400),
                SyncRunStatus.INTERRUPTED, 0, 2, 2, "Backline was closed during this run; it resumes from the last "
                        + "saved cursor.");
        sync.record(OWLS_X, SyncMode.POLL, now.minus(Duration.ofMinutes(12)), Duration.ofMillis(960),
                SyncRunStatus.SUCCEEDED, 2, 7, 2, null);
        sync.record(IG, SyncMode.POLL, now.minus(Duration.ofMinutes(5)), Duration.ofMillis(1230),
                SyncRunStatus.SUCCEEDED, 3, 11, 2, null);
        sync.record(TIKTOK, SyncMode.BACKFILL, now.minus(Duration.ofMinutes(1)), null, SyncRunStatus.RUNNING,
                240, 0, 12, null);
    }
}
