package app.backline.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.importer.ImportReport;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.common.StatusViewModel.Kind;
import app.backline.ui.fx.Job;
import app.backline.ui.fx.ManualTaskRunner;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {

    private static final Artist ADA = new Artist(7, "Ada", 0);
    private static final Path ARCHIVE = Path.of("/tmp/twitter-2026.zip");

    private final StatusViewModel status = new StatusViewModel();
    private final Messages messages = Messages.load(Locale.US);
    private final AtomicInteger refreshed = new AtomicInteger();

    private ImportViewModel model(TaskRunner runner, ArchiveImporter importer) {
        return new ImportViewModel(importer, runner, status, messages, refreshed::incrementAndGet);
    }

    @Test
    void successReportsTheCountsAndRefreshes() {
        model(TaskRunner.inline(), (archive, artistId, progress) -> {
            assertEquals(7, artistId);
            return new ImportReport(archive, Platform.X, "ada", artistId, 2045, 2045, 0, 0, 10, 0, 900);
        }).importArchive(ARCHIVE, ADA);
        assertEquals("Imported 2,045 posts from X archive (2,045 new, 0 updated)", status.messageProperty().get());
        assertEquals(Kind.SUCCESS, status.kindProperty().get());
        assertEquals(1, refreshed.get());
        assertFalse(status.busyProperty().get());
    }

    @Test
    void missingMediaIsMentioned() {
        model(TaskRunner.inline(), (archive, artistId, progress) ->
                new ImportReport(archive, Platform.INSTAGRAM, null, artistId, 1, 0, 1, 0, 0, 3, 5))
                .importArchive(ARCHIVE, ADA);
        assertEquals("Imported 1 post from Instagram archive (0 new, 1 updated) 3 media files were missing"
                + " from the archive.", status.messageProperty().get());
    }

    @Test
    void refusalShowsTheImportersWords() {
        model(TaskRunner.inline(), (archive, artistId, progress) -> {
            throw new UserFacingException("Not an archive: report.pdf is neither a zip file nor a folder");
        }).importArchive(ARCHIVE, ADA);
        assertEquals("Not an archive: report.pdf is neither a zip file nor a folder", status.problemProperty().get());
        assertEquals(0, refreshed.get());
    }

    @Test
    void cancelRollsBackAndSaysNothingChanged() {
        ManualTaskRunner runner = new ManualTaskRunner();
        Job job = model(runner, (archive, artistId, progress) -> {
            progress.report(10, 100, "Reading posts");
            progress.checkCancelled();
            throw new AssertionError("should have stopped");
        }).importArchive(ARCHIVE, ADA);
        assertTrue(status.busyProperty().get());
        assertTrue(status.cancellableProperty().get());
        assertEquals("Importing twitter-2026.zip", status.jobLabelProperty().get());
        status.cancelJob();
        assertTrue(job.isCancelRequested());
        runner.completeAll();
        assertEquals("Import cancelled, nothing was changed", status.messageProperty().get());
        assertEquals("", status.problemProperty().get());
        assertFalse(status.busyProperty().get());
        assertEquals(0, refreshed.get());
    }

    @Test
    void severalArchivesInTurnOneRefusalDoesNotStopTheOthers() {
        Path a = Path.of("/tmp/x.zip");
        Path bad = Path.of("/tmp/notes.pdf");
        Path c = Path.of("/tmp/ig-folder");
        java.util.List<Path> seen = new java.util.ArrayList<>();
        model(TaskRunner.inline(), (archive, artistId, progress) -> {
            seen.add(archive);
            if (archive.equals(bad)) {
                throw new UserFacingException("Not an archive: notes.pdf is neither a zip file nor a folder");
            }
            int added = archive.equals(a) ? 2045 : 204;
            return new ImportReport(archive, Platform.X, "ada", artistId, added, added, 0, 0, 0, 0, 10);
        }).importArchives(java.util.List.of(a, bad, c), ADA);

        assertEquals(java.util.List.of(a, bad, c), seen);
        assertEquals("Imported 2 archives: 2,249 new, 0 updated; 1 refused: notes.pdf (Not an archive: notes.pdf is"
                + " neither a zip file nor a folder)", status.problemProperty().get());
        assertEquals(1, refreshed.get());
        assertFalse(status.busyProperty().get());
    }

    @Test
    void severalArchivesAllImportedIsASuccessLine() {
        model(TaskRunner.inline(), (archive, artistId, progress) -> {
            progress.report(5, 10, "Reading posts");
            return new ImportReport(archive, Platform.X, "ada", artistId, 3, 1, 2, 0, 0, 0, 10);
        }).importArchives(java.util.List.of(Path.of("a.zip"), Path.of("b.zip"), Path.of("c.zip")), ADA);
        assertEquals("Imported 3 archives: 3 new, 6 updated", status.messageProperty().get());
        assertEquals(Kind.SUCCESS, status.kindProperty().get());
    }

    @Test
    void cancellingABatchKeepsWhatWasImportedBefore() {
        ManualTaskRunner runner = new ManualTaskRunner();
        int[] calls = {0};
        Job job = model(runner, (archive, artistId, progress) -> {
            if (++calls[0] == 2) {
                progress.report(1, 100, "Reading posts");
                status.cancelJob();
                progress.checkCancelled();
            }
            return new ImportReport(archive, Platform.X, "ada", artistId, 5, 5, 0, 0, 0, 0, 10);
        }).importArchives(java.util.List.of(Path.of("a.zip"), Path.of("b.zip"), Path.of("c.zip")), ADA);
        assertEquals("Importing 3 archives", status.jobLabelProperty().get());
        runner.completeAll();
        assertTrue(job.isCancelRequested());
        assertEquals(2, calls[0], "the third archive is not started");
        assertEquals("Imported 1 archive: 5 new, 0 updated, then cancelled (the archive being read was not changed)",
                status.messageProperty().get());
        assertEquals(1, refreshed.get());
    }
}
