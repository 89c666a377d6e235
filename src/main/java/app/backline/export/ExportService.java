package app.backline.export;

import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** PLACEHOLDER (drop at merge): the export branch owns this class. It exports nothing. */
public final class ExportService {

    public int exportToFile(Artist artist, PostFilter filter, Integer last, ExportFormat format, Path file,
                            Progress progress) throws IOException {
        throw new UnsupportedOperationException("placeholder: the export service has not been merged yet");
    }

    public static String defaultFileName(String artistName, ExportFormat format, LocalDate day) {
        throw new UnsupportedOperationException("placeholder: the export service has not been merged yet");
    }
}
