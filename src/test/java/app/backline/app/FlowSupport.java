package app.backline.app;

import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.ArtistRef;
import app.backline.domain.Post;
import app.backline.export.ExportFormat;
import app.backline.ui.XArchiveFolder;
import app.backline.ui.common.FilePicker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen flows share: a library filled before the window opens, lookups and waiting. */
final class FlowSupport {

    private FlowSupport() {
    }

    static AppPaths paths(Path dir) {
        return AppPaths.resolve(dir.resolve("data").toString(), Map.of(), "linux", dir.toString());
    }

    /**
     * An X archive of {@code count} tweets an hour apart: every 5th announces a release, every 7th a show,
     * the rest are studio days.
     */
    static Path xArchive(Path root, String handle, int count) throws IOException {
        return xArchive(root, handle, count, 5000);
    }

    /** The same with tweet ids from {@code firstId} up (another account's tweets need other ids). */
    static Path xArchive(Path root, String handle, int count, long firstId) throws IOException {
        XArchiveFolder archive = new XArchiveFolder(root, handle);
        Instant t = Instant.parse("2026-10-01T18:00:00Z");
        for (int i = 0; i < count; i++) {
            String text = i % 5 == 0 ? "New single out now, stream it everywhere (" + i + ")"
                    : i % 7 == 0 ? "Tour dates are out, tickets on sale Friday (" + i + ")"
                    : "Studio day " + i + ", drums done";
            archive.tweet(String.valueOf(firstId + i), t.minusSeconds(3600L * i), text, 10 + i, i % 4, null);
        }
        return archive.write();
    }

    /** Fills the library through the real composition root, as an earlier session would have. */
    static void fill(AppPaths paths, Map<String, Path> archives, String... emptyArtists) {
        try (AppContext context = AppContext.open(paths)) {
            archives.forEach((artist, archive) -> context.imports().importArchive(archive,
                    ArtistRef.byName(artist), Progress.NONE));
            for (String name : emptyArtists) {
                context.roster().add(name);
            }
        }
    }

    /**
     * Waits until the condition holds; a lookup that finds nothing yet counts as "not yet". The condition is
     * evaluated on the FX thread: a lookup walks the scene graph, and walking it from the test thread while the
     * window is still putting its main screen together races with the FX thread.
     */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(20, condition);
    }

    /** The same with a time limit in seconds. */
    static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static boolean onFx(Callable<Boolean> condition) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.call();
                } catch (org.testfx.service.query.EmptyNodeQueryException | java.util.NoSuchElementException e) {
                    return false;
                }
            }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    static ListView<Post> feed(FxRobot robot) {
        return robot.lookup("#feed-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    static ListView<Artist> roster(FxRobot robot) {
        return robot.lookup("#roster-list").queryAs(ListView.class);
    }

    /** The roster row showing the artist of that name. */
    @SuppressWarnings("unchecked")
    static ListCell<Artist> rosterCell(FxRobot robot, String name) {
        return robot.lookup(".artist-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null && ((Artist) cell.getItem()).name().equals(name))
                .findFirst().orElseThrow();
    }

    static Artist selectedArtist(FxRobot robot) {
        return roster(robot).getSelectionModel().getSelectedItem();
    }

    /** Native choosers cannot be driven headless: answers every question with nothing. */
    static final class NoPicker implements FilePicker {
        @Override
        public List<Path> archiveFiles(Window owner) {
            return List.of();
        }

        @Override
        public Optional<Path> archiveFolder(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> exportFile(Window owner, String suggestedName, ExportFormat format) {
            return Optional.empty();
        }
    }
}
