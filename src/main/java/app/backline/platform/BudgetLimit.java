package app.backline.platform;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One request limit: {@code units} per window. A rolling window counts the last {@code length}; a daily
 * window is a calendar day in {@code resetZone} and refills at its midnight (YouTube: Pacific time,
 * LinkedIn: UTC).
 *
 * @param units     requests (or YouTube quota units) the window allows, at least 1
 * @param length    window length of a rolling window; {@code null} for a daily window
 * @param resetZone zone whose midnight refills a daily window; {@code null} for a rolling window
 */
public record BudgetLimit(long units, Duration length, ZoneId resetZone) {

    public BudgetLimit {
        if (units < 1) {
            throw new IllegalArgumentException("A budget allows at least 1 unit, not " + units);
        }
        if ((length == null) == (resetZone == null)) {
            throw new IllegalArgumentException("A budget window is either rolling (length) or daily (reset zone)");
        }
        if (length != null && (length.isZero() || length.isNegative())) {
            throw new IllegalArgumentException("A rolling budget window needs a positive length");
        }
    }

    /** {@code units} in any stretch of {@code length}. */
    public static BudgetLimit rolling(long units, Duration length) {
        return new BudgetLimit(units, Objects.requireNonNull(length), null);
    }

    /** {@code units} per calendar day in {@code resetZone}. */
    public static BudgetLimit daily(long units, ZoneId resetZone) {
        return new BudgetLimit(units, null, Objects.requireNonNull(resetZone));
    }

    public boolean daily() {
        return resetZone != null;
    }

    /** The reset zone for people: "UTC" or a region id such as "America/Los_Angeles"; {@code null} when rolling. */
    public String resetZoneName() {
        return resetZone == null ? null : resetZone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : resetZone.getId();
    }

    /** "900 per 15 min", "10,000 a day (reset at midnight America/Los_Angeles)". */
    public String describe() {
        String amount = String.format(java.util.Locale.ENGLISH, "%,d", units);
        if (daily()) {
            return amount + " a day (reset at midnight " + resetZoneName() + ")";
        }
        long minutes = length.toMinutes();
        return amount + " per " + (minutes >= 1 ? minutes + " min" : length.toSeconds() + " s");
    }
}
