package app.backline.ui.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.export.ExportFormat;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportViewModelTest {

    private static final Artist ADA = new Artist(7, "Ada Lovelace", 500);
    private static final Path FILE = Path.of("/tmp/ada.csv");

    private final StatusViewModel status = new StatusViewModel();
    private final List<PostFilter> filters = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private ExportViewModel model(FeedExporter exporter) {
        return new ExportViewModel(exporter, TaskRunner.inline(), status, Messages.load(Locale.US), clock);
    }

    @Test
    void writesTheFilteredFeedAndSaysHowMany() {
        PostFilter filter = PostFilter.all().withPlatforms(Set.of(Platform.X)).withText("tour");
        model((artist, f, format, file, progress) -> {
            filters.add(f);
            return 312;
        }).export(ADA, filter, ExportFormat.CSV, FILE);
        assertEquals(List.of(filter), filters);
        assertEquals("Exported 312 posts to " + FILE, status.messageProperty().get());
    }

    @Test
    void proposesTheServicesFileName() {
        assertEquals("ada-lovelace-posts-2026-11-22.json",
                model((a, f, format, file, p) -> 0).suggestedFileName(ADA, ExportFormat.JSON));
    }

    @Test
    void writeFailuresNameTheFile() {
        model((artist, f, format, file, progress) -> {
            throw new AccessDeniedException(file.toString());
        }).export(ADA, PostFilter.all(), ExportFormat.CSV, FILE);
        assertTrue(status.problemProperty().get().startsWith("Could not write " + FILE), status.problemProperty().get());
    }

    @Test
    void cancelLeavesNoFile() {
        model((artist, f, format, file, progress) -> {
            throw new CancelledException();
        }).export(ADA, PostFilter.all(), ExportFormat.CSV, FILE);
        assertEquals("Export cancelled, no file was written", status.messageProperty().get());
    }
}
