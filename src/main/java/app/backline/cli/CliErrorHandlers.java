package app.backline.cli;

import app.backline.common.CancelledException;
import app.backline.common.UserFacingException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into ONE line {@code backline: <reason>} on stderr and an exit code:
 * {@value #USAGE} for a command line that does not parse, {@value #FAILURE} for a command that failed.
 * Stack traces go to the log only.
 */
final class CliErrorHandlers implements CommandLine.IParameterExceptionHandler,
        CommandLine.IExecutionExceptionHandler {

    static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
    static final int USAGE = CommandLine.ExitCode.USAGE;

    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandlers.class);

    private final PrintWriter err;

    CliErrorHandlers(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println("backline: " + oneLine(e.getMessage()) + " (see '" + command + " --help')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof ParameterException pe) {
            return handleParseException(pe, new String[0]);
        }
        if (e instanceof UserFacingException) {
            LOG.info("Command failed: {}", e.getMessage());
            err.println("backline: " + oneLine(e.getMessage()));
        } else if (e instanceof CancelledException) {
            err.println("backline: cancelled");
        } else {
            LOG.error("Command {} failed", commandLine.getCommandSpec().qualifiedName(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("backline: unexpected error: " + oneLine(message) + " (details in the log)");
        }
        return FAILURE;
    }

    /** Keeps the promise of one line even when a message spans several. */
    static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
