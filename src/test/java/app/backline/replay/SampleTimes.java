package app.backline.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the timestamps of one recorded payload (2019–2023) by a fixed amount so that a replay looks like
 * an account that posted recently: the order and spacing of the posts within a page stay as recorded. Handles ISO-8601 (X, YouTube, Instagram's
 * {@code +0000}) and epoch fields (TikTok's seconds, LinkedIn's milliseconds).
 */
final class SampleTimes {

    private static final Pattern ISO = Pattern.compile(
            "\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})\"");
    private static final Pattern EPOCH = Pattern.compile(
            "\"(create_time|createdAt|publishedAt|lastModifiedAt)\"(\\s*:\\s*)(\\d{10,13})\\b");

    private final Duration shift;

    SampleTimes(Duration shift) {
        this.shift = shift;
    }

    /** The newest ISO or epoch time in {@code body}, or {@code null}. */
    static Instant newest(String body) {
        return all(body).stream().max(Instant::compareTo).orElse(null);
    }

    /** The oldest ISO or epoch time in {@code body}, or {@code null}. */
    static Instant oldest(String body) {
        return all(body).stream().min(Instant::compareTo).orElse(null);
    }

    Duration shift() {
        return shift;
    }

    private static java.util.List<Instant> all(String body) {
        java.util.List<Instant> found = new java.util.ArrayList<>();
        Matcher iso = ISO.matcher(body);
        while (iso.find()) {
            found.add(parse(iso));
        }
        Matcher epoch = EPOCH.matcher(body);
        while (epoch.find()) {
            found.add(epoch(epoch.group(3)));
        }
        return found;
    }

    String shifted(String body) {
        StringBuilder out = new StringBuilder();
        Matcher iso = ISO.matcher(body);
        while (iso.find()) {
            Instant moved = parse(iso).plus(shift);
            String offset = iso.group(3);
            String text = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(moved.atOffset(ZoneOffset.UTC))
                    + (iso.group(2) == null ? "" : iso.group(2)) + (offset.equals("Z") ? "Z" : offset.contains(":") ? "+00:00" : "+0000");
            iso.appendReplacement(out, Matcher.quoteReplacement("\"" + text + "\""));
        }
        iso.appendTail(out);
        Matcher epoch = EPOCH.matcher(out.toString());
        StringBuilder out2 = new StringBuilder();
        while (epoch.find()) {
            boolean millis = epoch.group(3).length() == 13;
            long moved = Long.parseLong(epoch.group(3)) + (millis ? shift.toMillis() : shift.toSeconds());
            epoch.appendReplacement(out2, Matcher.quoteReplacement("\"" + epoch.group(1) + "\"" + epoch.group(2) + moved));
        }
        epoch.appendTail(out2);
        return out2.toString();
    }

    private static Instant parse(Matcher iso) {
        String offset = iso.group(3).equals("Z") ? "+00:00"
                : iso.group(3).contains(":") ? iso.group(3) : iso.group(3).substring(0, 3) + ":" + iso.group(3).substring(3);
        return OffsetDateTime.parse(iso.group(1) + offset).toInstant();
    }

    private static Instant epoch(String digits) {
        long value = Long.parseLong(digits);
        return digits.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

}
