package app.backline.export;

import app.backline.domain.Metrics;
import app.backline.domain.Post;
import app.backline.domain.Tag;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts as tab-separated text for pasting into a spreadsheet: a header row, then one line per post.
 * Every cell is one line: tabs and line breaks inside a caption become single spaces, so a row never
 * splits. A cell is quoted (RFC 4180 style, quotes doubled) only when it contains a double quote.
 * Text that a spreadsheet would read as a formula (starting with {@code = + - @}) gets a leading
 * apostrophe, which Excel and Google Sheets treat as "this is text" and do not show. Times are UTC as
 * {@code 2026-11-22 08:15:00}, a form all three big spreadsheets read as a date; the header says UTC.
 * Unknown counts are empty cells, not 0.
 */
final class ClipboardTable {

    static final List<String> HEADER = List.of("Posted (UTC)", "Platform", "Handle", "Caption", "Tags", "Likes",
            "Comments", "Shares", "Views", "Permalink");

    private static final DateTimeFormatter POSTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    /** Tab, line and paragraph breaks; a run of them (with spaces around) becomes one space. */
    private static final String BREAK = "\\t\\r\\n\\u000B\\f\\u0085\\u2028\\u2029";
    private static final Pattern BREAKS = Pattern.compile(" *[" + BREAK + "][ " + BREAK + "]*");
    private static final String FORMULA_STARTS = "=+-@";

    private final CsvMapper mapper;

    ClipboardTable(CsvMapper mapper) {
        this.mapper = mapper;
    }

    /** The header row and one row per post, each ending in {@code \n}. */
    String write(List<Post> posts) {
        StringWriter out = new StringWriter();
        try (SequenceWriter rows = mapper.writer(schema())
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out)) {
            rows.write(HEADER);
            for (Post post : posts) {
                rows.write(row(post));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> row(Post post) {
        Metrics m = post.metrics() == null ? Metrics.NONE : post.metrics();
        return new ArrayList<>(Arrays.asList(POSTED.format(post.postedAt()), post.platform().displayName(),
                text(post.handle()), text(post.caption()), tags(post), m.likes(), m.comments(), m.shares(),
                m.views(), text(post.permalink())));
    }

    private static String tags(Post post) {
        return post.tags().stream().map(Tag::key).sorted().collect(Collectors.joining(", "));
    }

    /** One line, with no formula lead-in; {@code null} stays an empty cell. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String line = BREAKS.matcher(value).replaceAll(" ").strip();
        if (!line.isEmpty() && FORMULA_STARTS.indexOf(line.charAt(0)) >= 0) {
            return "'" + line;
        }
        return line;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        HEADER.forEach(builder::addColumn);
        return builder.setUseHeader(false).setColumnSeparator('\t').setLineSeparator("\n").build();
    }
}
