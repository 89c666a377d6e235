package app.backline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code backline} command: global options, then one subcommand. */
@Command(name = "backline",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Per-artist social feeds of a record label, kept on this machine.",
        footer = "Run without arguments to open the app.")
final class BacklineCommand {

    private final CliContext context;

    BacklineCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (beats BACKLINE_DATA_DIR; default: the OS's per-user data folder).")
    void dataDir(String dir) {
        context.dataDirOption(dir);
    }

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "A team's PostgreSQL store, jdbc:postgresql://HOST[:PORT]/DATABASE (beats BACKLINE_STORE_URL;"
                    + " login from BACKLINE_STORE_USER and BACKLINE_STORE_PASSWORD; default: this computer's store).")
    void store(String url) {
        context.storeOption(url);
    }
}
