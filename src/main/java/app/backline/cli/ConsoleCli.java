package app.backline.cli;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs one command on the process's console, always as UTF-8 so exports keep emoji on every OS. */
public final class ConsoleCli {

    private ConsoleCli() {
    }

    /** @return the command's exit code: 0 success, 1 failure, 2 usage error */
    public static int run(CliSessionOpener opener, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return new BacklineCli(opener, new InputStreamReader(System.in, StandardCharsets.UTF_8), out, err).run(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
