package app.backline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import app.backline.feed.FeedService;
import app.backline.persistence.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    @TempDir
    Path dir;
    private Database db;
    private ExportService exports;
    private Artist ada;

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

    private byte[] export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(ada, PostFilter.all(), null, format, out, Progress.NONE);
        return out.toByteArray();
    }

    private List<Map<String, String>> readCsv(byte[] csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void csvHasAHeaderRowAndRoundTripsTrickyCaptions() throws IOException {
        byte[] csv = export(ExportFormat.CSV);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("artist,platform,handle,externalPostId,permalink,caption,postedAt,mediaType,"
                + "mediaTypes,mediaUrls,mediaLocalPaths,hashtags,mentions,links,tags,summary,language,ingestSource,"
                + "isReply,isRepost,likes,comments,shares,views\r\n"), text);

        List<Map<String, String>> rows = readCsv(csv);
        assertEquals(5, rows.size());
        Map<String, String> tricky = rows.get(2);
        assertEquals(ExportFixtures.TRICKY_CAPTION, tricky.get("caption"));
        assertEquals("1002", tricky.get("externalPostId"));
        assertEquals("10", tricky.get("likes"));
        assertEquals("", tricky.get("views"));
        assertEquals("false", tricky.get("isReply"));
        assertEquals("engine", tricky.get("hashtags"));
        assertEquals("VIDEO", rows.get(3).get("mediaTypes"));
        assertEquals(dir.resolve("data/media/tiktok/7001.mp4").toAbsolutePath().toString(),
                rows.get(3).get("mediaLocalPaths"));
        assertEquals("https://cdn.example/7001.mp4", rows.get(3).get("mediaUrls"));
    }

    @Test
    void csvCarriesTheSameValuesAsJsonFlattened() throws IOException {
        JsonNode json = new ObjectMapper().readTree(export(ExportFormat.JSON));
        List<Map<String, String>> csv = readCsv(export(ExportFormat.CSV));
        assertEquals(json.size(), csv.size());
        for (int i = 0; i < json.size(); i++) {
            assertEquals(flatten(json.get(i)), csv.get(i), "row " + i);
        }
    }

    /** The documented flattening, applied to a JSON export object. */
    private static Map<String, String> flatten(JsonNode post) {
        Map<String, String> flat = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = post.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "metrics" -> value.fields().forEachRemaining(m -> flat.put(m.getKey(), text(m.getValue())));
                case "media" -> {
                    flat.put("mediaTypes", joinMedia(value, "type"));
                    flat.put("mediaUrls", joinMedia(value, "url"));
                    flat.put("mediaLocalPaths", joinMedia(value, "localPath"));
                }
                default -> flat.put(field.getKey(), value.isArray() ? join(value) : text(value));
            }
        }
        return flat;
    }

    private static String joinMedia(JsonNode media, String part) {
        List<String> parts = new ArrayList<>();
        media.forEach(m -> parts.add(text(m.get(part))));
        return String.join("|", parts);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.asText()));
        return String.join("|", parts);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }
}
