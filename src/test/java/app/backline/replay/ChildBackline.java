package app.backline.replay;

import app.backline.app.Launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Backline's command line in a child JVM, as a user would, with its own environment. */
final class ChildBackline {

    private final Path dataDir;
    private final Map<String, String> env;

    ChildBackline(Path dataDir, Map<String, String> env) {
        this.dataDir = dataDir;
        this.env = env;
    }

    /** What one command printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    Process start(String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", dataDir.toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result run(String... command) throws InterruptedException {
        Process p = start(command);
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("backline " + String.join(" ", command) + " did not end: " + out);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
