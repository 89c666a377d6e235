package app.backline.cli;

import app.backline.common.UserFacingException;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.sync.SyncRunQuery;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backline runs list [--json] [--artist NAME] [--status S] [--limit N]}: the record of sync runs. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "The record of sync runs.")
final class RunsCommand {

    private final CliContext context;

    RunsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List sync runs, newest first.")
    int list(@Option(names = "--json", description = "One JSON array of runs.") boolean asJson,
             @Option(names = "--artist", paramLabel = "NAME", description = "Only this artist's runs.") String artist,
             @Option(names = "--status", paramLabel = "S",
                     description = "Only runs with this status: running, succeeded, failed, interrupted.")
             SyncRunStatus status,
             @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                     description = "At most N runs (1-10000, default 50).") int limit) throws IOException {
        if (limit < 1 || limit > 10_000) {
            throw new UserFacingException("--limit must be 1-10000, was " + limit);
        }
        Long artistId = artist == null ? null : context.requireArtist(artist).id();
        List<SyncRun> runs = context.session().sync().runs(new SyncRunQuery(artistId, null, status, limit));
        if (asJson) {
            CliJson.array(context.out(), runs, RunsCommand::json);
        } else if (runs.isEmpty()) {
            context.out().println("No sync runs yet.");
        } else {
            context.out().print(TextTable.render(List.of("ID", "STARTED", "ARTIST", "PLATFORM", "HANDLE", "MODE",
                    "STATUS", "NEW", "UPDATED", "REQUESTS", "ERROR"), runs.stream().map(RunsCommand::row).toList()));
        }
        return 0;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    static SyncRunStatus parseStatus(String text) {
        try {
            return SyncRunStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown status '" + text
                    + "': use running, succeeded, failed or interrupted", e);
        }
    }

    private static List<String> row(SyncRun r) {
        return List.of(Long.toString(r.id()), r.startedAt().toString(), r.artistName(), r.platform().key(),
                r.handle() == null ? "-" : "@" + r.handle(), r.mode().name(), r.status().name(),
                Integer.toString(r.added()), Integer.toString(r.updated()), Integer.toString(r.requests()),
                r.error() == null ? "" : CliErrorHandlers.oneLine(r.error()));
    }

    private static void json(JsonGenerator json, SyncRun r) throws IOException {
        json.writeNumberField("id", r.id());
        json.writeNumberField("accountId", r.accountId());
        json.writeNumberField("artistId", r.artistId());
        json.writeStringField("artist", r.artistName());
        json.writeStringField("platform", r.platform().key());
        json.writeStringField("handle", r.handle());
        json.writeStringField("mode", r.mode().name());
        json.writeStringField("status", r.status().name());
        CliJson.instant(json, "startedAt", r.startedAt());
        CliJson.instant(json, "endedAt", r.endedAt());
        json.writeNumberField("added", r.added());
        json.writeNumberField("updated", r.updated());
        json.writeNumberField("requests", r.requests());
        json.writeStringField("error", r.error());
    }
}
