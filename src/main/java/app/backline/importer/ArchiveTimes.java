package app.backline.importer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Timestamps as data-export archives write them, read leniently: unreadable text gives {@code null}. */
final class ArchiveTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private ArchiveTimes() {
    }

    /**
     * {@code YYYY-MM-DD HH:MM:SS} without a zone (TikTok and LinkedIn exports), read as UTC. Neither file
     * names a zone. For LinkedIn it is checked: every share time of the real sample equals, to the
     * minute, the UTC time embedded in its URN. For TikTok it is an assumption (no sample has posts).
     *
     * @return the instant, or {@code null} when {@code text} is {@code null} or not in that form
     */
    static Instant utcLocal(String text) {
        try {
            return text == null ? null : LocalDateTime.parse(text.strip(), LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * ISO-8601 with an offset, fractional seconds optional: {@code 2021-01-07T19:57:12+00:00},
     * {@code 2023-09-01T17:24:00.981411+00:00}, {@code 2019-03-21T20:37:49.000Z} (YouTube Takeout).
     *
     * @return the instant, or {@code null} when {@code text} is {@code null} or not in that form
     */
    static Instant isoOffset(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
