package app.backline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The row writers write each field on the generator by hand (for speed); these pin their output to what
 * Jackson makes of the same {@link ExportRow} by its annotations, and of the same CSV values as a list.
 */
class RowWritersTest {

    private static final List<ExportRow> ROWS = List.of(
            new ExportRow("Ada \"Countess\" Lovelace", "x", "ada", "1001", "https://x.com/ada/status/1001",
                    "Line one,\nline two — ünïcode 🎹", "2026-11-22T08:15:30.250Z", "CAROUSEL",
                    List.of(new ExportRow.MediaRow("IMAGE", "https://cdn.example/a.jpg", "/data/media/a.jpg"),
                            new ExportRow.MediaRow("VIDEO", null, null)),
                    List.of("tour", "live"), List.of("label"), List.of("https://ada.example/tickets"),
                    List.of("release", "show"), "A summary", "en", "IMPORT", true, false,
                    new ExportRow.MetricsRow(12L, 0L, null, 1_234_567_890_123L)),
            new ExportRow("Ada", "linkedin", null, "urn:li:share:9", null, "", "2026-01-01T00:00:00Z", "TEXT",
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "POLL", false, true,
                    new ExportRow.MetricsRow(null, null, null, null)));

    @Test
    void jsonIsWhatJacksonWritesForTheRecords() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        RowWriter writer = new JsonRowWriter(mapper, written);
        for (ExportRow row : ROWS) {
            writer.write(row);
        }
        writer.finish();

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.getFactory().createGenerator(expected).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            for (ExportRow row : ROWS) {
                mapper.writerFor(ExportRow.class).writeValue(g, row);
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
        assertEquals(expected.toString(StandardCharsets.UTF_8), written.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvIsWhatJacksonWritesForTheValueLists() throws IOException {
        CsvMapper mapper = new CsvMapper();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        RowWriter writer = new CsvRowWriter(mapper, written);
        for (ExportRow row : ROWS) {
            writer.write(row);
        }
        writer.finish();

        CsvSchema.Builder schema = CsvSchema.builder();
        CsvRowWriter.columnNames().forEach(schema::addColumn);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (SequenceWriter rows = mapper.writer(schema.setUseHeader(true).setLineSeparator("\r\n").build())
                .writeValues(expected)) {
            for (ExportRow r : ROWS) {
                rows.write(values(r));
            }
        }
        assertEquals(expected.toString(StandardCharsets.UTF_8), written.toString(StandardCharsets.UTF_8));
    }

    private static List<Object> values(ExportRow r) {
        List<Object> v = new ArrayList<>();
        v.add(r.artist());
        v.add(r.platform());
        v.add(r.handle());
        v.add(r.externalPostId());
        v.add(r.permalink());
        v.add(r.caption());
        v.add(r.postedAt());
        v.add(r.mediaType());
        v.add(media(r, 0));
        v.add(media(r, 1));
        v.add(media(r, 2));
        v.add(join(r.hashtags()));
        v.add(join(r.mentions()));
        v.add(join(r.links()));
        v.add(join(r.tags()));
        v.add(r.summary());
        v.add(r.language());
        v.add(r.ingestSource());
        v.add(r.isReply());
        v.add(r.isRepost());
        v.add(r.metrics().likes());
        v.add(r.metrics().comments());
        v.add(r.metrics().shares());
        v.add(r.metrics().views());
        return v;
    }

    private static String media(ExportRow r, int part) {
        if (r.media().isEmpty()) {
            return null;
        }
        List<String> parts = r.media().stream().map(m -> part == 0 ? m.type() : part == 1 ? m.url() : m.localPath())
                .map(s -> s == null ? "" : s).toList();
        return String.join("|", parts);
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }
}
