package app.backline.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates in the user's zone and numbers in the user's locale, as the screens show them. */
public final class Formats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter weekday;
    private final Locale locale;
    private final ZoneId zone;

    public Formats(ZoneId zone, Locale locale) {
        this.locale = locale;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.weekday = DateTimeFormatter.ofPattern("EEE", locale).withZone(zone);
    }

    /** The user's time zone, in which dates are shown and picked. */
    public ZoneId zone() {
        return zone;
    }

    /** e.g. "Mar 3, 2024, 2:05 PM" in the user's zone; empty for {@code null}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** e.g. "Sun, Nov 22, 2026, 1:02 AM": a moment people recognise, such as when a backup was taken. */
    public String dayAndTime(Instant instant) {
        return instant == null ? "" : weekday.format(instant) + ", " + dateTime.format(instant);
    }

    /** e.g. "740 KB", "2.3 MB". */
    public String bytes(long size) {
        if (size < 1024) {
            return number(size) + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = size;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value) + " " + units[unit];
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** e.g. "2,045". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Short form for chips: 950, 12.3K, 4.1M. */
    public String compact(long value) {
        long abs = Math.abs(value);
        if (abs < 1_000) {
            return Long.toString(value);
        }
        if (abs < 1_000_000) {
            return scaled(value, 1_000.0, "K");
        }
        if (abs < 1_000_000_000) {
            return scaled(value, 1_000_000.0, "M");
        }
        return scaled(value, 1_000_000_000.0, "B");
    }

    private String scaled(long value, double unit, String suffix) {
        double scaled = value / unit;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(scaled < 100 ? 1 : 0);
        return format.format(scaled) + suffix;
    }
}
