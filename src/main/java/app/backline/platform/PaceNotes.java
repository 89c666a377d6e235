package app.backline.platform;

import app.backline.domain.Platform;

import java.time.Duration;
import java.util.Locale;

/** Plain words for {@link PollPace#note()} and budget refusals. */
final class PaceNotes {

    private PaceNotes() {
    }

    /** "YouTube quota: polling each of 20 accounts every 12 min so the 8,200 units left last until midnight …". */
    static String daily(Platform platform, BudgetLimit limit, int accounts, long remaining, int unitsPerPoll,
                        Duration pace) {
        String zone = limit.resetZoneName();
        if (remaining < (long) accounts * unitsPerPoll) {
            return platform.displayName() + " quota for today is used up: polling resumes after midnight "
                    + zone + " (in " + duration(pace) + ")";
        }
        return platform.displayName() + " quota: polling " + whom(accounts) + " every " + duration(pace)
                + " so the " + String.format(Locale.ENGLISH, "%,d", remaining) + " of "
                + String.format(Locale.ENGLISH, "%,d", limit.units()) + " daily units left last until midnight " + zone;
    }

    /** "LinkedIn's request limit is 500 a day (reset at midnight UTC): polling each account every 6 min". */
    static String steady(Platform platform, BudgetLimit limit, int accounts, Duration pace) {
        return platform.displayName() + "'s request limit is " + limit.describe() + ": polling "
                + whom(accounts) + " every " + duration(pace);
    }

    /** "45 s", "12 min" (rounded up), "1 h", "3 h 10 min". */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    private static String whom(int accounts) {
        return accounts == 1 ? "each account" : "each of " + accounts + " accounts";
    }
}
