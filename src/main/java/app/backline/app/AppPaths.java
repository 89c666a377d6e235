package app.backline.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Backline keeps its store, media copies and logs, following each OS's conventions.
 * The data directory is {@code --data-dir}, else {@code BACKLINE_DATA_DIR}, else the OS default
 * (Linux {@code $XDG_DATA_HOME/backline} or {@code ~/.local/share/backline}, macOS
 * {@code ~/Library/Application Support/Backline}, Windows {@code %APPDATA%\Backline}).
 */
public record AppPaths(Path dataDir, Path logDir) {

    /**
     * @param dataDirOption value of {@code --data-dir}, {@code null} when not given
     * @param env           the process environment
     * @param osName        {@code os.name}
     * @param home          {@code user.home}
     */
    public static AppPaths resolve(String dataDirOption, Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dataDir;
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            dataDir = Path.of(dataDirOption);
        } else if (notBlank(env.get("BACKLINE_DATA_DIR"))) {
            dataDir = Path.of(env.get("BACKLINE_DATA_DIR"));
        } else {
            dataDir = defaultDataDir(env, os, home);
        }
        return new AppPaths(dataDir.toAbsolutePath().normalize(), defaultLogDir(env, os, home));
    }

    /** Resolves from this process's environment and system properties. */
    public static AppPaths fromSystem(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    private static Path defaultDataDir(Map<String, String> env, String os, String home) {
        if (os.contains("win")) {
            return Path.of(orDefault(env.get("APPDATA"), home + "\\AppData\\Roaming"), "Backline");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Backline");
        }
        return Path.of(orDefault(env.get("XDG_DATA_HOME"), home + "/.local/share"), "backline");
    }

    private static Path defaultLogDir(Map<String, String> env, String os, String home) {
        if (os.contains("win")) {
            return Path.of(orDefault(env.get("LOCALAPPDATA"), home + "\\AppData\\Local"), "Backline", "logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "Backline");
        }
        return Path.of(orDefault(env.get("XDG_STATE_HOME"), home + "/.local/state"), "backline", "logs");
    }

    /** The H2 database file's path without H2's {@code .mv.db} suffix. */
    public Path databaseBase() {
        return dataDir.resolve("store").resolve("backline");
    }

    /** The posts' full-text index (Lucene): derived from the store, rebuilt from it when missing. */
    public Path searchIndexDir() {
        return dataDir.resolve("search-index");
    }

    /** Copies of archive media and downloaded thumbnails. */
    public Path mediaDir() {
        return dataDir.resolve("media");
    }

    /** Automatic and manual backups of the store. */
    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    /** Held while an instance uses this data directory. */
    public Path lockFile() {
        return dataDir.resolve("backline.lock");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return notBlank(value) ? value : fallback;
    }
}
