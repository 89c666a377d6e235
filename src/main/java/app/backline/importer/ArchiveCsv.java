package app.backline.importer;

import app.backline.common.Progress;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the CSV files of an archive (YouTube Takeout, LinkedIn) with jackson-dataformat-csv: RFC 4180
 * quoting ({@code ""} for a quote, line breaks inside quoted values), UTF-8 with or without a BOM,
 * blank lines skipped (Takeout files end with several). Rows are streamed one at a time. The first
 * row is the header; every data row must have exactly as many fields. Damaged files are refused with
 * a message naming the file and the line or row.
 */
final class ArchiveCsv {

    private static final int REPORT_EVERY = 250;

    private final ObjectReader rows;
    private final long maxBytes;

    ArchiveCsv(CsvMapper mapper, ArchiveLimits limits) {
        this.rows = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES);
        this.maxBytes = limits.maxDocumentBytes();
    }

    /**
     * Calls {@code each} with every data row, in file order, checking {@code progress} for cancellation
     * as it goes.
     *
     * @param required columns the file must have; each element lists alternative names (normalised,
     *                 see {@link CsvHeader}), of which one must be present
     * @return how many data rows there were
     * @throws ArchiveRejectedException when the file is empty, not UTF-8, cut off inside a quoted value,
     *                                  lacks a required column, or has a row with another number of
     *                                  fields than its header
     */
    int forEachRow(ArchiveSource source, String name, List<List<String>> required, Progress progress,
                   Consumer<CsvRow> each) throws IOException {
        try (InputStream in = source.open(name, maxBytes); MappingIterator<String[]> it = rows.readValues(in)) {
            if (!it.hasNextValue()) {
                throw damaged(source, name, "is empty");
            }
            CsvHeader header = header(source, name, it.nextValue(), required);
            int count = 0;
            while (it.hasNextValue()) {
                String[] values = it.nextValue();
                count++;
                if (values.length != header.size()) {
                    throw damaged(source, name, "has " + values.length + " fields in row " + count
                            + " where its header names " + header.size());
                }
                each.accept(new CsvRow(header, Arrays.asList(values), count));
                if (count % REPORT_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report(count, -1, "Reading " + name);
                }
            }
            return count;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof ArchiveRejectedException refused) {
                throw refused;
            }
            throw damaged(source, name, "is cut off or not valid CSV" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage());
        } catch (CharConversionException e) {
            throw damaged(source, name, "is not UTF-8 text");
        }
    }

    private static CsvHeader header(ArchiveSource source, String name, String[] row, List<List<String>> required) {
        CsvHeader header = new CsvHeader(Arrays.asList(row));
        for (List<String> alternatives : required) {
            if (!header.hasAny(alternatives)) {
                throw damaged(source, name, "lacks the column \"" + alternatives.get(0) + "\"");
            }
        }
        return header;
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ")";
    }

    private static ArchiveRejectedException damaged(ArchiveSource source, String name, String what) {
        return new ArchiveRejectedException("Damaged archive: " + name + " in " + source.displayName() + " "
                + what);
    }
}
