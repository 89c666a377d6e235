package app.backline.ui.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.backup.BackupInfo;
import app.backline.backup.LibraryCounts;
import app.backline.domain.Platform;
import app.backline.testing.MutableClock;
import app.backline.ui.TestStore;
import app.backline.ui.common.Formats;
import app.backline.ui.common.StatusViewModel.Kind;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back up now and restore, through the ViewModel on a real store. */
class BackupViewModelTest {

    @TempDir
    Path dir;
    private TestStore store;
    private final StatusViewModel status = new StatusViewModel();
    private final AtomicInteger reread = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:02:00Z"));
    private BackupViewModel model;

    @BeforeEach
    void setUp() {
        store = new TestStore(dir.resolve("data"));
        store.seed("Ada", Platform.X, 12, "x");
        store.roster().add("Newcomer");
        model = new BackupViewModel(store.backups(dir.resolve("backups"), clock), TaskRunner.inline(), status,
                Messages.load(Locale.UK), new Formats(ZoneId.of("Europe/London"), Locale.UK), reread::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void backUpNowSaysWhatWasWrittenAndWhere() {
        model.backupNow();
        assertEquals(Kind.SUCCESS, status.kindProperty().get());
        assertTrue(status.messageProperty().get().startsWith("Backed up 12 posts to " + dir.resolve("backups")),
                status.messageProperty().get());
        assertFalse(status.busyProperty().get());
    }

    @Test
    void listsBackupsNewestFirstAndNamesWhatARestoreReplaces() {
        model.backupNow();
        clock.setTo(Instant.parse("2026-11-23T09:30:00Z"));
        store.seed("Bo", Platform.TIKTOK, 3, "t");
        model.load();
        assertTrue(model.loadedProperty().get());
        assertEquals(1, model.backups().size());
        assertEquals(new LibraryCounts(3, 15), model.currentProperty().get());
        BackupInfo first = model.backups().get(0);
        assertEquals("Restore the backup of Sun, 22 Nov 2026, 01:02 (2 artists, 12 posts)? This replaces "
                + "everything in Backline now: 3 artists, 15 posts. A backup of the current state is taken first.",
                model.question(first).replace('\u202f', ' '));
    }

    @Test
    void restoreBringsTheOldLibraryBackKeepsTheCurrentOneAsABackupAndRereads() {
        model.backupNow();
        clock.setTo(Instant.parse("2026-11-23T09:30:00Z"));
        store.seed("Bo", Platform.TIKTOK, 3, "t");
        model.load();
        model.restore(model.backups().get(0));

        assertEquals(Kind.SUCCESS, status.kindProperty().get(), status.messageProperty().get());
        assertTrue(status.messageProperty().get().startsWith("Restored the backup of Sun, 22 Nov 2026"),
                status.messageProperty().get());
        assertEquals(1, reread.get());
        assertTrue(store.roster().findByName("Bo").isEmpty(), "Bo came after the backup");
        assertEquals(12, store.roster().findByName("Ada").orElseThrow().postCount());
        model.load();
        assertEquals(2, model.backups().size(), "the state before the restore is a backup too");
        assertEquals(15, model.backups().get(0).posts());
    }

    @Test
    void aFailureGoesToTheBannerInPlainWords() throws IOException {
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        model.backupNow();
        assertEquals(Kind.ERROR, status.kindProperty().get());
        assertTrue(status.problemProperty().get().startsWith("Could not write the backup"),
                status.problemProperty().get());
    }
}
