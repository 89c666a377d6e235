package app.backline.ui.exports;

import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import app.backline.export.ExportFormat;
import java.nio.file.Path;

/** What the Export command needs from the export service; the composition root adapts it. */
@FunctionalInterface
public interface FeedExporter {

    /**
     * Writes the artist's posts passing {@code filter}, newest first, to {@code file}, replacing it atomically.
     *
     * @return how many posts were written
     */
    int exportToFile(Artist artist, PostFilter filter, ExportFormat format, Path file, Progress progress)
            throws Exception;
}
