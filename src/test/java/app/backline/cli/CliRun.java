package app.backline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one {@link BacklineCli#run} printed and returned. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(CliSessionOpener opener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new BacklineCli(opener, new PrintWriter(out), new PrintWriter(err)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** As {@link #run} with {@code stdin} on standard input. */
    static CliRun runWithInput(CliSessionOpener opener, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new BacklineCli(opener, new java.io.StringReader(stdin), new PrintWriter(out), new PrintWriter(err))
                .run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output as lines. */
    java.util.List<String> errLines() {
        return err.lines().toList();
    }
}
