package app.backline.importer;

import java.util.List;
import java.util.Map;

/**
 * A video's title and description from Takeout's {@code video texts.csv}, each joined from its
 * numbered {@code … text segments N} columns; either may be {@code null}.
 */
record YouTubeTexts(String title, String description) {

    static final YouTubeTexts NONE = new YouTubeTexts(null, null);

    /** Column prefixes, normalised (see {@link CsvHeader}). */
    static final String TITLE_SEGMENTS = "video title text segments";
    static final String DESCRIPTION_SEGMENTS = "video description text segments";

    /** The texts of one row of {@code video texts.csv}. */
    static YouTubeTexts of(CsvRow row) {
        return new YouTubeTexts(join(row, TITLE_SEGMENTS), join(row, DESCRIPTION_SEGMENTS));
    }

    /** The texts of {@code videoId}, or {@link #NONE}. */
    static YouTubeTexts of(Map<String, YouTubeTexts> byVideoId, String videoId) {
        return byVideoId.getOrDefault(videoId, NONE);
    }

    private static String join(CsvRow row, String prefix) {
        List<Integer> columns = row.header().numbered(prefix);
        StringBuilder text = new StringBuilder();
        for (int column : columns) {
            String segment = row.at(column);
            text.append(segment == null ? "" : segment);
        }
        return text.toString().isBlank() ? null : text.toString();
    }
}
