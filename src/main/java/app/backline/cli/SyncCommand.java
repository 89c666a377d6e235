package app.backline.cli;

import app.backline.sync.SyncOutcome;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backline sync --once [--artist NAME]}: one sync cycle for every connected account, then exit. Prints
 * one line per account: artist, platform, handle, state, new, updated, requests, and the error if any.
 * Exit code 1 when any account did not sync cleanly (ERROR, DISCONNECTED, offline, rate-limited, or a
 * platform this version cannot sync), so that a script or cron job notices; 0 when all did or there are none.
 * DISCONNECTED accounts are not run (their token is refused) but are listed with their error.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync every connected account once, then exit (the app syncs continuously).")
final class SyncCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--once", required = true, description = "One cycle, then exit (required).")
    private boolean once;

    @Option(names = "--artist", paramLabel = "NAME", description = "Only this artist's accounts.")
    private String artistName;

    SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Long artistId = artistName == null ? null : context.requireArtist(artistName).id();
        List<SyncOutcome> outcomes = context.session().syncOnce(artistId);
        if (outcomes.isEmpty()) {
            context.out().println("No connected accounts to sync. Connect one with: backline accounts add …");
            return 0;
        }
        boolean failed = false;
        for (SyncOutcome o : outcomes) {
            context.out().println(line(o));
            failed |= o.error() != null;
        }
        return failed ? CliErrorHandlers.FAILURE : 0;
    }

    static String line(SyncOutcome o) {
        String handle = o.handle() == null ? "(no handle)" : "@" + o.handle();
        return "\"" + o.artistName() + "\" " + o.platform().key() + " " + handle + ": " + o.state() + ", "
                + o.added() + " new, " + o.updated() + " updated, " + o.requests() + " requests"
                + (o.error() == null ? "" : " — " + CliErrorHandlers.oneLine(o.error()));
    }
}
