package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The shared CSV reading: header variants, quoting, blank lines, and damaged files refused by name. */
class ArchiveCsvTest {

    private static final List<List<String>> NEEDS_ID = List.of(List.of("video id"));

    @TempDir
    Path dir;

    private List<CsvRow> read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8), ArchiveLimits.DEFAULT);
    }

    private List<CsvRow> read(byte[] content, ArchiveLimits limits) throws IOException {
        Path folder = archive().file("videos.csv", content).folder(dir, "takeout-" + System.nanoTime());
        List<CsvRow> rows = new ArrayList<>();
        try (ArchiveSource source = Fixtures.open(folder)) {
            new ArchiveCsv(new CsvMapper(), limits).forEachRow(source, "videos.csv", NEEDS_ID, Progress.NONE,
                    rows::add);
        }
        return rows;
    }

    @Test
    void findsColumnsByNormalisedNameWhateverTheirCasingAndSpacing() throws Exception {
        List<CsvRow> upper = read("Video ID,Video Title (Original)\nabc,Hello\n");
        List<CsvRow> lower = read("video id ,  Video   title (original)\nabc,Hello\n");

        for (List<CsvRow> rows : List.of(upper, lower)) {
            assertEquals("Hello", rows.get(0).get("video title (original)"));
            assertEquals("abc", rows.get(0).get("Video Id"));
        }
    }

    @Test
    void readsQuotedLineBreaksDoubledQuotesABomAndSkipsBlankLines() throws Exception {
        List<CsvRow> rows = read("\uFEFFVideo ID,Text\r\na,\"line one\nline \"\"two\"\", three\"\n\n\nb,\n\n\n");

        assertEquals(2, rows.size());
        assertEquals("line one\nline \"two\", three", rows.get(0).get("text"));
        assertNull(rows.get(1).get("text"), "empty value");
        assertEquals(2, rows.get(1).number());
    }

    @Test
    void numberedColumnsComeInNumberOrder() throws Exception {
        CsvRow row = read("video id,Part 2,part 10,Part 1,Other\nx,b,c,a,z\n").get(0);

        assertEquals(List.of(3, 1, 2), row.header().numbered("part"));
    }

    @Test
    void firstNonBlankOfAlternativeColumnsWins() throws Exception {
        CsvRow row = read("video id,publish,create\nx,  ,2021\n").get(0);

        assertEquals("2021", row.get("publish", "create"));
        assertNull(row.get("missing"));
    }

    @Test
    void refusesAFileCutOffInsideAQuotedValueNamingFileAndLine() {
        assertRefused(() -> read("Video ID,Text\na,\"never\nclosed"),
                "Damaged archive: videos.csv in takeout-", "is cut off or not valid CSV (line 3)");
    }

    @Test
    void refusesARowWithMoreOrFewerFieldsThanTheHeader() {
        assertRefused(() -> read("Video ID,Title,Privacy\na,b,c\nd,e\n"),
                "videos.csv", "has 2 fields in row 2 where its header names 3");
        assertRefused(() -> read("Video ID,Title\na,b,c\n"), "videos.csv", "has 3 fields in row 1");
    }

    @Test
    void refusesAFileWithoutARequiredColumnOrWithoutAnything() {
        assertRefused(() -> read("Comment ID,Text\n1,hi\n"), "videos.csv", "lacks the column \"video id\"");
        assertRefused(() -> read("\n\n"), "videos.csv", "is empty");
        assertRefused(() -> read(new byte[] {'V', 'i', 'd', 'e', 'o', ' ', 'I', 'D', '\n', (byte) 0xE9, ',', '1'},
                ArchiveLimits.DEFAULT), "videos.csv", "not");
    }

    @Test
    void aFileOverTheDocumentCapIsRefusedAsTooLargeNotAsDamaged() {
        ArchiveLimits limits = new ArchiveLimits(100, 1 << 30, 64, 200, 1 << 20);
        byte[] big = ("Video ID,Text\n" + "a,bbbbbbbbbb\n".repeat(20)).getBytes(StandardCharsets.UTF_8);

        assertRefused(() -> read(big, limits), "videos.csv", "is larger than 64 bytes");
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        Path folder = archive().file("videos.csv", "Video ID\n" + "x\n".repeat(600)).folder(dir, "many");
        Progress cancelled = new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        try (ArchiveSource source = Fixtures.open(folder)) {
            assertThrows(CancelledException.class, () -> new ArchiveCsv(new CsvMapper(), ArchiveLimits.DEFAULT)
                    .forEachRow(source, "videos.csv", NEEDS_ID, cancelled, row -> { }));
        }
    }

    static void assertRefused(Executable action, String... parts) {
        ArchiveRejectedException e = assertThrows(ArchiveRejectedException.class, action);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message was: " + e.getMessage());
        }
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
