package app.backline.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import app.backline.testing.Drafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private BackupService backups;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store/backline"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        backups = new BackupService(db.snapshots(), dir.resolve("backups"), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static long seed(Database db, String artist, int from, int count) {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            drafts.add(Drafts.post(Platform.X, String.valueOf(i), "post " + i + " \u2728 it's \"quoted\"",
                    T0.plusSeconds(i)));
        }
        return db.posts().ingest(new IngestBatch(ArtistRef.byName(artist), new AccountIdentity(Platform.X, "1", "a",
                null), ConnectionType.IMPORT, drafts), Progress.NONE).artistId();
    }

    private List<Post> all(long artistId) {
        List<Post> out = new ArrayList<>();
        var page = db.posts().page(artistId, PostFilter.all(), null, 1000);
        out.addAll(page.posts());
        return out;
    }

    @Test
    void restoreBringsBackExactlyTheBackedUpPosts() {
        long ada = seed(db, "Ada", 0, 40);
        List<Post> before = all(ada);
        BackupInfo backup = backups.backupNow();
        assertEquals(1, backup.artists());
        assertEquals(40, backup.posts());

        seed(db, "Ada", 100, 5);
        seed(db, "Bob", 200, 3);
        db.artists().delete(ada);
        now.set(T0.plusSeconds(60));
        BackupInfo safety = backups.restore(backup);

        assertEquals(before, all(ada));
        assertEquals(List.of("Ada"), db.artists().findAll().stream().map(a -> a.name()).toList());
        assertEquals(3, safety.posts());
        assertEquals(2, backups.list().size());
        seed(db, "Ada", 300, 1);
        assertEquals(41, db.artists().findById(ada).orElseThrow().postCount());
    }

    @Test
    void keepsTheNewestSevenAndKnowsWhenTheDailyOneIsDue() throws Exception {
        seed(db, "Ada", 0, 2);
        assertTrue(backups.isDue());
        for (int day = 0; day < 9; day++) {
            now.set(T0.plus(Duration.ofDays(day)));
            backups.backupNow();
            assertFalse(backups.isDue());
        }
        List<BackupInfo> kept = backups.list();
        assertEquals(BackupService.KEEP, kept.size());
        assertEquals(T0.plus(Duration.ofDays(8)), kept.get(0).createdAt());
        assertEquals(T0.plus(Duration.ofDays(2)), kept.get(6).createdAt());
        now.set(T0.plus(Duration.ofDays(9)));
        assertTrue(backups.isDue());
        try (var files = Files.list(dir.resolve("backups"))) {
            assertEquals(14, files.count(), "a zip and a summary per backup, nothing else");
        }
    }

    @Test
    void aBrokenBackupFileIsRefusedAndTheStoreStaysAsItWas() throws Exception {
        long ada = seed(db, "Ada", 0, 5);
        BackupInfo good = backups.backupNow();
        Files.write(good.file(), new byte[] {'P', 'K', 3, 4, 0, 0});
        now.set(T0.plusSeconds(5));

        assertThrows(UserFacingException.class, () -> backups.restore(good));

        assertEquals(5, all(ada).size());
    }
}
