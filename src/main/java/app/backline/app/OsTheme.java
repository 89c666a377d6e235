package app.backline.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the operating system is set to a dark appearance. JavaFX 21 cannot tell, so this asks the OS:
 * on Linux {@code GTK_THEME} and GNOME's {@code color-scheme}/{@code gtk-theme} through {@code gsettings},
 * on macOS {@code defaults read -g AppleInterfaceStyle}, on Windows the {@code AppsUseLightTheme}
 * registry value through {@code reg query}. Each command has a short timeout; any failure means "unknown".
 * Runs before the window opens, never on the FX thread.
 */
final class OsTheme {

    /** Runs a command; empty when it cannot be started or does not finish in time. */
    @FunctionalInterface
    interface Commands {
        Optional<Result> run(List<String> command, Duration timeout);
    }

    /** A finished command's exit code and standard output. */
    record Result(int exitCode, String output) {
    }

    static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final Logger LOG = LoggerFactory.getLogger(OsTheme.class);
    private static final String GNOME = "org.gnome.desktop.interface";
    private static final String PERSONALIZE = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";
    private static final Pattern LIGHT_VALUE = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");

    private final String os;
    private final Map<String, String> env;
    private final Commands commands;

    OsTheme(String osName, Map<String, String> env, Commands commands) {
        this.os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    static OsTheme system() {
        return new OsTheme(System.getProperty("os.name"), System.getenv(), OsTheme::runProcess);
    }

    /** True for dark, false for light, empty when the OS does not say (then the window is light). */
    Optional<Boolean> prefersDark() {
        try {
            if (os.contains("win")) {
                return windows();
            }
            if (os.contains("mac")) {
                return mac();
            }
            return linux();
        } catch (RuntimeException e) {
            LOG.debug("Could not read the system theme", e);
            return Optional.empty();
        }
    }

    private Optional<Boolean> linux() {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return Optional.of(true);
        }
        Optional<String> scheme = output(List.of("gsettings", "get", GNOME, "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("dark")) {
            return Optional.of(true);
        }
        Optional<String> theme = output(List.of("gsettings", "get", GNOME, "gtk-theme"));
        if (theme.isPresent()) {
            return Optional.of(theme.get().toLowerCase(Locale.ROOT).contains("dark"));
        }
        return scheme.map(value -> false);
    }

    private Optional<Boolean> mac() {
        return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"), TIMEOUT)
                .map(result -> result.exitCode() == 0 && result.output().contains("Dark"));
    }

    private Optional<Boolean> windows() {
        return output(List.of("reg", "query", PERSONALIZE, "/v", "AppsUseLightTheme"))
                .map(LIGHT_VALUE::matcher).filter(Matcher::find)
                .map(found -> Long.parseLong(found.group(1), 16) == 0);
    }

    /** Standard output of a command that succeeded, trimmed. */
    private Optional<String> output(List<String> command) {
        return commands.run(command, TIMEOUT).filter(result -> result.exitCode() == 0)
                .map(result -> result.output().strip());
    }

    private static Optional<Result> runProcess(List<String> command, Duration timeout) {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new Result(process.exitValue(), out));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
