package app.backline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** Streams rows as one UTF-8 JSON array, pretty-printed, one object per post. */
final class JsonRowWriter implements RowWriter {

    private final ObjectWriter rowWriter;
    private final JsonGenerator generator;

    /** Starts the array on {@code out}; {@code out} stays open after {@link #finish()}. */
    JsonRowWriter(ObjectMapper mapper, OutputStream out) throws IOException {
        this.rowWriter = mapper.writerFor(ExportRow.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.generator = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
        generator.writeStartArray();
    }

    @Override
    public void write(ExportRow row) throws IOException {
        rowWriter.writeValue(generator, row);
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndArray();
        generator.writeRaw('\n');
        generator.close();
    }
}
