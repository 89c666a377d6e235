package app.backline.ui.syncruns;

import app.backline.domain.SyncRun;
import app.backline.ui.common.AccountNames;
import app.backline.ui.common.Formats;
import app.backline.ui.fx.Messages;
import java.time.Duration;

/** Turns recorded runs into table rows: the user's zone for times, short durations, words for enums. */
final class SyncRunRows {

    private final Messages messages;
    private final Formats formats;

    SyncRunRows(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    SyncRunRow row(SyncRun run) {
        return new SyncRunRow(run.id(), run.artistName(), AccountNames.of(run.platform(), run.handle()), run.platform(),
                messages.text("runs.mode." + run.mode()), formats.dateTime(run.startedAt()),
                run.endedAt() == null ? messages.text("runs.duration.running")
                        : duration(Duration.between(run.startedAt(), run.endedAt())),
                run.status(), messages.text("runs.status." + run.status()), run.added(), run.updated(),
                run.requests(), run.error() == null ? "" : run.error());
    }

    /** "0.4 s", "12 s", "3 min 5 s", "1 h 2 min". */
    String duration(Duration took) {
        long millis = Math.max(0, took.toMillis());
        if (millis < 10_000) {
            return messages.format("runs.duration.tenths", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return messages.format("runs.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.format("runs.duration.minutes", seconds / 60, seconds % 60);
        }
        return messages.format("runs.duration.hours", seconds / 3600, (seconds % 3600) / 60);
    }
}
