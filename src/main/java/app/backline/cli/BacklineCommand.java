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
}
