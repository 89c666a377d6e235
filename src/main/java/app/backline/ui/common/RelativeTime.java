package app.backline.ui.common;

import app.backline.ui.fx.Messages;
import java.time.Duration;
import java.time.Instant;

/** "5 min ago", "in 4 min": moments near now as people say them; older ones as a date. */
public final class RelativeTime {

    private static final Duration WEEK = Duration.ofDays(7);

    private final Messages messages;
    private final Formats formats;

    public RelativeTime(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** e.g. "just now", "5 min ago", "3 hours ago", "yesterday", "4 days ago", "on Mar 3, 2026". */
    public String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.compareTo(Duration.ofMinutes(1)) < 0) {
            return messages.text("time.ago.now");
        }
        if (age.compareTo(Duration.ofHours(1)) < 0) {
            return messages.format("time.ago.minutes", age.toMinutes());
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            return messages.format("time.ago.hours", age.toHours());
        }
        if (age.compareTo(WEEK) < 0) {
            return messages.format("time.ago.days", age.toDays());
        }
        return messages.format("time.ago.date", formats.date(then));
    }

    /**
     * e.g. "in less than a minute", "in 4 min", "in 2 hours", "on Mar 3, 2026"; a moment already past is
     * "now" (the job is due and about to run).
     */
    public String until(Instant then, Instant now) {
        Duration wait = Duration.between(now, then);
        if (wait.isNegative() || wait.isZero()) {
            return messages.text("time.in.due");
        }
        if (wait.compareTo(Duration.ofMinutes(1)) < 0) {
            return messages.text("time.in.now");
        }
        if (wait.compareTo(Duration.ofHours(1)) < 0) {
            return messages.format("time.in.minutes", roundedUpMinutes(wait));
        }
        if (wait.compareTo(Duration.ofDays(1)) < 0) {
            return messages.format("time.in.hours", wait.toHours());
        }
        return messages.format("time.ago.date", formats.date(then));
    }

    /** 3 min 10 s reads "in 4 min": a promise that is kept rather than one that is a minute early. */
    private static long roundedUpMinutes(Duration wait) {
        long minutes = wait.toMinutes();
        return wait.equals(Duration.ofMinutes(minutes)) ? minutes : minutes + 1;
    }
}
