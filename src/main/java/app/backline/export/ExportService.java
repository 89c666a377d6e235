package app.backline.export;

import app.backline.common.AtomicFileWriter;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import app.backline.feed.FeedService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports an artist's posts as JSON or CSV, newest first, streaming page by page from the store:
 * memory use does not grow with the number of posts. Both formats carry the fields of {@link ExportRow}.
 * Safe to use from several threads at once.
 */
public final class ExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);
    /** Posts between two progress reports: a report per post would cost more than writing the post. */
    static final int REPORT_EVERY = 250;

    private final FeedService feed;
    private final ExportRowMapper rows;
    private final ObjectMapper jsonMapper = new ObjectMapper();
    private final CsvMapper csvMapper = new CsvMapper();
    private final ClipboardTable clipboardTable = new ClipboardTable(csvMapper);

    /** @param dataDir the data directory; media local paths are exported resolved against it */
    public ExportService(FeedService feed, Path dataDir) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.rows = new ExportRowMapper(Objects.requireNonNull(dataDir, "dataDir"));
    }

    /**
     * Writes the artist's posts that pass {@code filter}, newest first, to {@code out} (UTF-8) and
     * flushes it; {@code out} is left open. Reports progress every {@value #REPORT_EVERY} posts and at the
     * end as (posts written, posts to write); checks for cancellation before each post.
     *
     * @param last at most this many of the newest posts; {@code null} (or &lt;= 0) for all
     * @return how many posts were written
     * @throws CancelledException when {@code progress} says cancelled; {@code out} then holds a partial document
     * @throws IOException        when writing to {@code out} fails
     */
    public int export(Artist artist, PostFilter filter, Integer last, ExportFormat format, OutputStream out,
                      Progress progress) throws IOException {
        Integer limit = last == null || last <= 0 ? null : last;
        long total = feed.count(artist.id(), filter);
        long expected = limit == null ? total : Math.min(total, limit);
        progress.report(0, expected, "Exporting " + artist.name());
        RowWriter writer = open(format, out);
        long[] done = {0};
        int written;
        try {
            written = feed.forEach(artist.id(), filter, limit, post -> {
                progress.checkCancelled();
                writeUnchecked(writer, rows.toRow(artist.name(), post));
                done[0]++;
                if (done[0] % REPORT_EVERY == 0) {
                    reportProgress(progress, done[0], expected);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        out.flush();
        reportProgress(progress, written, expected);
        LOG.info("Exported {} posts of artist {} as {}", written, artist.id(), format);
        return written;
    }

    /**
     * Like {@link #export} into {@code file}, atomically: the posts go to a temp file in the same folder,
     * which then replaces {@code file}. After a failure or cancellation {@code file} is as it was before
     * and no temp file is left.
     *
     * @throws java.nio.file.NoSuchFileException when the file's folder does not exist
     * @throws IOException                       when {@code file} is a folder or cannot be written
     */
    public int exportToFile(Artist artist, PostFilter filter, Integer last, ExportFormat format, Path file,
                            Progress progress) throws IOException {
        return AtomicFileWriter.write(file, out -> export(artist, filter, last, format, out, progress));
    }

    /**
     * The artist's {@code count} newest posts (all platforms, replies and reposts included, no filter) as
     * tab-separated text with a header row, newest first, for the clipboard: see {@link ClipboardTable}
     * for how captions are kept to one cell.
     */
    public String tabSeparatedNewest(Artist artist, int count) {
        String text = clipboardTable.write(feed.newest(artist.id(), PostFilter.all(), count));
        LOG.info("Copied up to {} newest posts of artist {} as tab-separated text", count, artist.id());
        return text;
    }

    /**
     * A file name for an export made on {@code day}: ASCII slug of the artist's name, "-posts-", the
     * date, the format's extension, e.g. {@code "ada-lovelace-posts-2026-11-22.csv"}; names with no
     * Latin letters or digits give {@code "artist-posts-…"}.
     */
    public static String defaultFileName(String artistName, ExportFormat format, LocalDate day) {
        return ExportFileNames.fileName(artistName, format, day);
    }

    private RowWriter open(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case JSON -> new JsonRowWriter(jsonMapper, out);
            case CSV -> new CsvRowWriter(csvMapper, out);
        };
    }

    private static void reportProgress(Progress progress, long done, long expected) {
        progress.report(done, expected, "Exported " + done + " of " + expected + " posts");
    }

    private static void writeUnchecked(RowWriter writer, ExportRow row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
