package app.backline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Streams rows as RFC 4180 CSV (UTF-8, CRLF line ends, header row) through Jackson's CSV writer.
 * Flattening: {@code metrics.likes} becomes column {@code likes} (and so on), media become
 * {@code mediaTypes}, {@code mediaUrls} and {@code mediaLocalPaths}, and every list is joined with
 * {@value #LIST_SEPARATOR}; a missing value is an empty field, booleans are {@code true}/{@code false}.
 */
final class CsvRowWriter implements RowWriter {

    static final String LIST_SEPARATOR = "|";

    private record Column(String name, Function<ExportRow, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("artist", ExportRow::artist),
            new Column("platform", ExportRow::platform),
            new Column("handle", ExportRow::handle),
            new Column("externalPostId", ExportRow::externalPostId),
            new Column("permalink", ExportRow::permalink),
            new Column("caption", ExportRow::caption),
            new Column("postedAt", ExportRow::postedAt),
            new Column("mediaType", ExportRow::mediaType),
            new Column("mediaTypes", r -> joinMedia(r, ExportRow.MediaRow::type)),
            new Column("mediaUrls", r -> joinMedia(r, ExportRow.MediaRow::url)),
            new Column("mediaLocalPaths", r -> joinMedia(r, ExportRow.MediaRow::localPath)),
            new Column("hashtags", r -> join(r.hashtags())),
            new Column("mentions", r -> join(r.mentions())),
            new Column("links", r -> join(r.links())),
            new Column("tags", r -> join(r.tags())),
            new Column("summary", ExportRow::summary),
            new Column("language", ExportRow::language),
            new Column("ingestSource", ExportRow::ingestSource),
            new Column("isReply", ExportRow::isReply),
            new Column("isRepost", ExportRow::isRepost),
            new Column("likes", r -> r.metrics().likes()),
            new Column("comments", r -> r.metrics().comments()),
            new Column("shares", r -> r.metrics().shares()),
            new Column("views", r -> r.metrics().views()));

    private final CsvGenerator generator;

    /** Writes the header row to {@code out}; {@code out} stays open after {@link #finish()}. */
    CsvRowWriter(CsvMapper mapper, OutputStream out) throws IOException {
        this.generator = mapper.getFactory().createGenerator(out);
        generator.setSchema(schema());
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The header names in column order. */
    static List<String> columnNames() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** One line, each value written on the generator as it is: no list of values, no serializer lookups. */
    @Override
    public void write(ExportRow row) throws IOException {
        generator.writeStartArray();
        for (Column column : COLUMNS) {
            Object value = column.value().apply(row);
            if (value == null) {
                generator.writeNull();
            } else if (value instanceof String text) {
                generator.writeString(text);
            } else if (value instanceof Long number) {
                generator.writeNumber(number);
            } else {
                generator.writeBoolean((Boolean) value);
            }
        }
        generator.writeEndArray();
    }

    @Override
    public void finish() throws IOException {
        generator.close();
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(c -> builder.addColumn(c.name()));
        return builder.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    private static String joinMedia(ExportRow row, Function<ExportRow.MediaRow, String> part) {
        if (row.media().isEmpty()) {
            return null;
        }
        return String.join(LIST_SEPARATOR, row.media().stream().map(m -> orEmpty(part.apply(m))).toList());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
