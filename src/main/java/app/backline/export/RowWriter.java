package app.backline.export;

import java.io.IOException;

/** Writes export rows one at a time in one format; never holds more than the current row. */
interface RowWriter {

    void write(ExportRow row) throws IOException;

    /** Completes the document (closing brackets, final flush); leaves the underlying stream open. */
    void finish() throws IOException;
}
