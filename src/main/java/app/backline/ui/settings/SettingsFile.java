package app.backline.ui.settings;

import app.backline.common.AtomicFileWriter;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code settings.properties} in the data directory. Written whole and atomically (a temp file in the
 * same folder, forced to disk, then moved over the old one), so a crash never leaves half a file; a
 * missing or unreadable file reads as the defaults. Call off the FX thread.
 */
public final class SettingsFile {

    public static final String NAME = "settings.properties";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public UiSettings load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return UiSettings.from(properties);
        } catch (NoSuchFileException e) {
            return UiSettings.DEFAULTS;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}; using the default window settings", file, e);
            return UiSettings.DEFAULTS;
        }
    }

    /** Replaces the file with {@code settings}. */
    public void save(UiSettings settings) throws IOException {
        AtomicFileWriter.writeProperties(file, settings.toProperties(), "Backline window settings");
    }
}
