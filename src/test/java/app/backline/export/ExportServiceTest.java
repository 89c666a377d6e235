package app.backline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.feed.FeedService;
import app.backline.persistence.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    private static final List<String> JSON_FIELDS = List.of("artist", "platform", "handle", "externalPostId",
            "permalink", "caption", "postedAt", "mediaType", "media", "hashtags", "mentions", "links", "tags",
            "summary", "language", "ingestSource", "isReply", "isRepost", "metrics");

    @TempDir
    Path dir;
    private Database db;
    private ExportService exports;
    private Artist ada;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data/store/backline"));
        exports = new ExportService(new FeedService(db.posts()), dir.resolve("data"));
        ada = ExportFixtures.seed(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private JsonNode exportJson(PostFilter filter, Integer last) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = exports.export(ada, filter, last, ExportFormat.JSON, out, Progress.NONE);
        JsonNode root = json.readTree(out.toByteArray());
        assertEquals(count, root.size());
        return root;
    }

    @Test
    void jsonIsOneArrayNewestFirstWithExactlyTheContractFields() throws IOException {
        JsonNode root = exportJson(PostFilter.all(), null);

        assertTrue(root.isArray());
        assertEquals(List.of("1003", "7002", "1002", "7001", "1001"),
                root.findValuesAsText("externalPostId"));
        for (JsonNode post : root) {
            List<String> names = new ArrayList<>();
            post.fieldNames().forEachRemaining(names::add);
            assertEquals(JSON_FIELDS, names);
            assertEquals("Ada Lovelace", post.get("artist").asText());
            assertTrue(post.get("postedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
            assertEquals(JsonNodeType.BOOLEAN, post.get("isReply").getNodeType());
            assertEquals(JsonNodeType.BOOLEAN, post.get("isRepost").getNodeType());
            Stream.of("media", "hashtags", "mentions", "links", "tags")
                    .forEach(f -> assertTrue(post.get(f).isArray(), f));
            List<String> metrics = new ArrayList<>();
            post.get("metrics").fieldNames().forEachRemaining(metrics::add);
            assertEquals(List.of("likes", "comments", "shares", "views"), metrics);
        }
    }

    @Test
    void jsonCarriesValuesTypesAndNulls() throws IOException {
        JsonNode root = exportJson(PostFilter.all(), null);
        JsonNode tricky = root.get(2);
        assertEquals("x", tricky.get("platform").asText());
        assertEquals("ada", tricky.get("handle").asText());
        assertEquals("https://x.com/ada/status/1002", tricky.get("permalink").asText());
        assertEquals(ExportFixtures.TRICKY_CAPTION, tricky.get("caption").asText());
        assertEquals("2026-11-01T11:00:00Z", tricky.get("postedAt").asText());
        assertEquals("TEXT", tricky.get("mediaType").asText());
        assertEquals("engine", tricky.get("hashtags").get(0).asText());
        assertEquals("babbage", tricky.get("mentions").get(0).asText());
        assertEquals("https://ada.example/tour", tricky.get("links").get(0).asText());
        assertEquals("en", tricky.get("language").asText());
        assertEquals("IMPORT", tricky.get("ingestSource").asText());
        assertTrue(tricky.get("summary").isNull());
        assertEquals(10, tricky.get("metrics").get("likes").asLong());
        assertTrue(tricky.get("metrics").get("likes").isIntegralNumber());
        assertTrue(tricky.get("metrics").get("views").isNull());

        JsonNode reply = root.get(0);
        assertTrue(reply.get("isReply").asBoolean());
        assertTrue(reply.get("language").isNull());

        JsonNode video = root.get(3);
        assertEquals("tiktok", video.get("platform").asText());
        assertTrue(video.get("permalink").isNull());
        assertEquals(2000, video.get("metrics").get("views").asLong());
        JsonNode media = video.get("media").get(0);
        assertEquals("VIDEO", media.get("type").asText());
        assertEquals("https://cdn.example/7001.mp4", media.get("url").asText());
        assertEquals(dir.resolve("data/media/tiktok/7001.mp4").toAbsolutePath().toString(),
                media.get("localPath").asText());

        JsonNode noCopy = root.get(1).get("media").get(0);
        assertTrue(noCopy.get("url").isNull());
        assertTrue(noCopy.get("localPath").isNull());
        assertTrue(root.get(4).get("metrics").get("likes").isNull());
    }

    @Test
    void lastKeepsTheNewestAndPlatformFilters() throws IOException {
        assertEquals(List.of("1003", "7002"),
                exportJson(PostFilter.all(), 2).findValuesAsText("externalPostId"));
        assertEquals(List.of("7002", "7001"),
                exportJson(PostFilter.all().withPlatforms(Set.of(Platform.TIKTOK)), null)
                        .findValuesAsText("externalPostId"));
        assertEquals(5, exportJson(PostFilter.all(), 0).size());
        assertEquals(0, exportJson(PostFilter.all().withPlatforms(Set.of(Platform.YOUTUBE)), null).size());
    }

    @Test
    void emptyExportIsAnEmptyArrayAndAHeaderOnlyCsv() throws IOException {
        PostFilter none = PostFilter.all().withPlatforms(Set.of(Platform.LINKEDIN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, exports.export(ada, none, null, ExportFormat.CSV, out, Progress.NONE));
        assertEquals(String.join(",", CsvRowWriter.columnNames()) + "\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void progressIsReportedEvery250PostsAndAtTheEnd() throws IOException {
        Artist many = ExportFixtures.seedMany(db, "Many", 1234);
        List<Long> done = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void report(long d, long total, String message) {
                assertEquals(1234, total);
                done.add(d);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        exports.export(many, PostFilter.all(), null, ExportFormat.CSV, new ByteArrayOutputStream(), recording);
        assertEquals(List.of(0L, 250L, 500L, 750L, 1000L, 1234L), done);
    }

    @Test
    void cancelStopsTheExportBeforeTheNextPost() {
        Progress cancelAfterTwo = cancelAfter(2);
        assertThrows(CancelledException.class, () -> exports.export(ada, PostFilter.all(), null,
                ExportFormat.JSON, new ByteArrayOutputStream(), cancelAfterTwo));
    }

    @Test
    void exportToFileWritesAtomicallyAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("out/ada.csv");
        Files.createDirectories(file.getParent());
        assertEquals(5, exports.exportToFile(ada, PostFilter.all(), null, ExportFormat.CSV, file, Progress.NONE));
        assertTrue(Files.readString(file).startsWith("artist,platform,"));
        assertEquals(List.of(file), list(file.getParent()));
    }

    @Test
    void cancelledFileExportKeepsThePreviousFileAndLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("out/ada.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "previous export");
        Progress cancelAfterTwo = cancelAfter(2);

        assertThrows(CancelledException.class, () -> exports.exportToFile(ada, PostFilter.all(), null,
                ExportFormat.JSON, file, cancelAfterTwo));

        assertEquals("previous export", Files.readString(file));
        assertEquals(List.of(file), list(file.getParent()));
    }

    @Test
    void fileExportIntoAMissingFolderOrOntoAFolderFailsCleanly() throws IOException {
        assertThrows(NoSuchFileException.class, () -> exports.exportToFile(ada, PostFilter.all(), null,
                ExportFormat.JSON, dir.resolve("nowhere/ada.json"), Progress.NONE));
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        assertThrows(IOException.class, () -> exports.exportToFile(ada, PostFilter.all(), null,
                ExportFormat.JSON, folder, Progress.NONE));
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(), list(folder));
    }

    @Test
    void manyPostsStreamAcrossPages() throws IOException {
        Artist many = ExportFixtures.seedMany(db, "Many", 1234);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1234, exports.export(many, PostFilter.all(), null, ExportFormat.JSON, out, Progress.NONE));
        JsonNode root = json.readTree(out.toByteArray());
        assertEquals("6233", root.get(0).get("externalPostId").asText());
        assertEquals("5000", root.get(1233).get("externalPostId").asText());
    }

    @Test
    void defaultFileNameIsAnAsciiSlugWithTheDate() {
        assertEquals("ada-lovelace-posts-2026-11-22.csv",
                ExportService.defaultFileName("Ada Lovelace", ExportFormat.CSV, LocalDate.of(2026, 11, 22)));
        assertEquals("beyonce-sigur-ros-posts-2026-01-02.json",
                ExportService.defaultFileName("  Beyoncé & Sigur Rós!! ", ExportFormat.JSON, LocalDate.of(2026, 1, 2)));
        assertEquals("artist-posts-2026-01-02.json",
                ExportService.defaultFileName("東京事変", ExportFormat.JSON, LocalDate.of(2026, 1, 2)));
        Map.of("../../etc/passwd", "etc-passwd", "A".repeat(200), "a".repeat(60))
                .forEach((name, slug) -> assertEquals(slug, ExportFileNames.slug(name)));
    }

    @Test
    void formatParsesInAnyCaseAndNamesTheChoicesOtherwise() {
        assertEquals(ExportFormat.CSV, ExportFormat.parse(" Csv "));
        assertEquals("json", ExportFormat.parse("JSON").extension());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xml"));
        assertTrue(e.getMessage().contains("json or csv"));
        assertFalse(e.getMessage().isBlank());
    }

    /** Cancelled from the check before post {@code rows + 1} on. */
    static Progress cancelAfter(int rows) {
        return new Progress() {
            private long checks;

            @Override
            public void report(long d, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++checks > rows;
            }
        };
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
