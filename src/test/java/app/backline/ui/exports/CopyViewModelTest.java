package app.backline.ui.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.export.ExportService;
import app.backline.ui.TestStore;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.common.StatusViewModel.Kind;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyViewModelTest {

    @TempDir
    Path dir;
    private final StatusViewModel status = new StatusViewModel();
    private final List<String> clipboard = new ArrayList<>();

    @Test
    void putsTheNewestThirtyUnfilteredOnTheClipboardAndSaysSo() {
        try (TestStore store = new TestStore(dir)) {
            store.seed("Ada", Platform.X, 40, "x");
            store.seed("Ada", Platform.TIKTOK, 2, "t");
            ExportService exports = new ExportService(store.feed(), dir);
            Artist ada = store.roster().findByName("Ada").orElseThrow();
            new CopyViewModel(exports::tabSeparatedNewest, clipboard::add, TaskRunner.inline(), status,
                    Messages.load(Locale.US)).copyNewest(ada);

            assertEquals(1, clipboard.size());
            List<String> lines = clipboard.get(0).lines().toList();
            assertEquals(31, lines.size());
            assertTrue(lines.get(0).startsWith("Posted (UTC)\tPlatform\t"));
            assertEquals(2, lines.stream().filter(l -> l.contains("\tTikTok\t")).count(), "all platforms");
            assertEquals("Copied the 30 newest posts of Ada: paste them into a spreadsheet",
                    status.messageProperty().get());
        }
    }

    @Test
    void aFailureLeavesTheClipboardAlone() {
        new CopyViewModel((artist, count) -> {
            throw new app.backline.common.UserFacingException("The library is closed");
        }, clipboard::add, TaskRunner.inline(), status, Messages.load(Locale.US))
                .copyNewest(new Artist(1, "Ada", 3));
        assertEquals(List.of(), clipboard);
        assertEquals(Kind.ERROR, status.kindProperty().get());
        assertEquals("The library is closed", status.problemProperty().get());
    }
}
