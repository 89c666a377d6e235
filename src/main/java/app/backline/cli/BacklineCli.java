package app.backline.cli;

import app.backline.common.UserFacingException;
import app.backline.domain.Platform;
import app.backline.domain.SyncRunStatus;
import app.backline.domain.Tag;
import app.backline.export.ExportFormat;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line of Backline (architecture §8): {@code backline [--data-dir DIR] <command>} with the
 * commands {@code artists}, {@code import}, {@code export}, {@code accounts}, {@code sync} and {@code runs}, plus
 * {@code --version} and {@code --help}.
 * Writes only to the given writers: results on {@code out}, one-line errors {@code backline: <reason>}
 * on {@code err}. The store is opened only when a command needs it, and closed before {@link #run} returns.
 */
public final class BacklineCli {

    private final CliSessionOpener opener;
    private final Reader in;
    private final PrintWriter out;
    private final PrintWriter err;

    /** A command line with nothing on standard input. */
    public BacklineCli(CliSessionOpener opener, PrintWriter out, PrintWriter err) {
        this(opener, Reader.nullReader(), out, err);
    }

    /** @param in standard input, read only by commands that take a secret from it ({@code --token-stdin}) */
    public BacklineCli(CliSessionOpener opener, Reader in, PrintWriter out, PrintWriter err) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Runs one command line to the end.
     *
     * @param args the arguments after the program name
     * @return exit code: 0 success, 1 the command failed, 2 the command line is wrong
     */
    public int run(String... args) {
        try (CliContext context = new CliContext(opener, in, out, err)) {
            return commandLine(context).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new BacklineCommand(context))
                .addSubcommand(new ArtistsCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new AccountsCommand(context))
                .addSubcommand(new SyncCommand(context))
                .addSubcommand(new RunsCommand(context));
        CliErrorHandlers handlers = new CliErrorHandlers(err);
        cli.setOut(out)
                .setErr(err)
                .setExpandAtFiles(false) // "@name" is a handle or an artist, not a file of arguments
                .setParameterExceptionHandler(handlers)
                .setExecutionExceptionHandler(handlers);
        cli.registerConverter(Platform.class, converter(Platform::parse))
                .registerConverter(Tag.class, converter(Tag::parse))
                .registerConverter(ExportFormat.class, converter(ExportFormat::parse))
                .registerConverter(SyncRunStatus.class, converter(RunsCommand::parseStatus));
        return cli;
    }

    private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException | UserFacingException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
