package app.backline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** One JSON array on stdout, pretty-printed, in the CLI's conventions (instants as ISO-8601 UTC with a Z). */
final class CliJson {

    /** Writes one item's fields. */
    @FunctionalInterface
    interface Fields<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    private CliJson() {
    }

    static <T> void array(PrintWriter out, List<T> items, Fields<T> fields) throws IOException {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.useDefaultPrettyPrinter();
            generator.writeStartArray();
            for (T item : items) {
                generator.writeStartObject();
                fields.write(generator, item);
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
        out.println();
    }

    static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        json.writeStringField(name, value == null ? null : value.toString());
    }
}
