package app.backline.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsThroughTheFileInTheDataDirectory() throws IOException {
        SettingsFile file = new SettingsFile(dir.resolve("data"));
        assertEquals(UiSettings.DEFAULTS, file.load(), "no file yet: defaults");
        UiSettings saved = UiSettings.DEFAULTS.withDark(true).withArtistId(42L)
                .withWindow(new WindowBounds(120, -8, 1400, 900, true));

        file.save(saved);

        assertEquals(saved, new SettingsFile(dir.resolve("data")).load());
        assertTrue(Files.readString(dir.resolve("data/settings.properties")).contains("theme=dark"));
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertEquals(List.of("settings.properties"), files.map(f -> f.getFileName().toString()).toList(),
                    "no temp file left behind");
        }
    }

    @Test
    void aDamagedFileReadsAsWhatCanBeReadElseDefaults() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("settings.properties"), "theme=purple\nwindow.x=12\nwindow.y=oops\n"
                + "window.width=900\nwindow.height=700\nartist.id=7\n", StandardCharsets.UTF_8);
        UiSettings read = new SettingsFile(data).load();
        assertNull(read.dark(), "unknown theme: follow the OS");
        assertNull(read.window(), "one bad number drops the bounds, not the rest");
        assertEquals(7L, read.artistId());
        Files.write(data.resolve("settings.properties"), new byte[] {'\\', 'u', '0', '0'});
        assertEquals(UiSettings.DEFAULTS, new SettingsFile(data).load());
    }

    @Test
    void changesAreWrittenOnlyOnceSavingStartedAndOnlyWhenTheyDifferFromTheLast() {
        List<UiSettings> written = new ArrayList<>();
        SettingsViewModel settings = new SettingsViewModel(UiSettings.DEFAULTS.withDark(false), written::add);
        settings.rememberTheme(true);
        settings.rememberArtist(3L);
        assertEquals(List.of(), written, "nothing before the library is open");
        settings.startSaving();
        assertEquals(1, written.size());
        settings.rememberArtist(3L);
        settings.rememberArtist(null);
        assertEquals(1, written.size(), "no change, no write; no artist selected keeps the last one");
        settings.rememberWindow(new WindowBounds(0, 0, 800, 600, false));
        assertEquals(2, written.size());
        assertEquals(new UiSettings(true, new WindowBounds(0, 0, 800, 600, false), 3L), written.get(1));
    }

    @Test
    void theWriterKeepsOnlyTheNewestAndFinishesAfterClose() throws Exception {
        SettingsFile file = new SettingsFile(dir);
        SettingsWriter writer = new SettingsWriter(file);
        for (long id = 1; id <= 50; id++) {
            writer.accept(UiSettings.DEFAULTS.withArtistId(id));
        }
        writer.close();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Long.valueOf(50).equals(file.load().artistId()) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(50L, file.load().artistId());
        writer.accept(UiSettings.DEFAULTS.withArtistId(99L));
        Thread.sleep(50);
        assertFalse(Long.valueOf(99).equals(file.load().artistId()), "closed: no more writes");
    }
}
