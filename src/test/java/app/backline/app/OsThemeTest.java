package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.app.OsTheme.Result;
import app.backline.ui.settings.UiSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsThemeTest {

    private final List<String> asked = new ArrayList<>();

    /** Answers commands whose text contains a key; everything else cannot be run. */
    private OsTheme.Commands answering(Map<String, Result> answers) {
        return (command, timeout) -> {
            String line = String.join(" ", command);
            asked.add(line);
            return answers.entrySet().stream().filter(e -> line.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst();
        };
    }

    private static Optional<Boolean> dark(String os, Map<String, String> env, OsTheme.Commands commands) {
        return new OsTheme(os, env, commands).prefersDark();
    }

    @Test
    void linuxReadsGtkThemeThenGnomeColorSchemeThenGtkTheme() {
        assertEquals(Optional.of(true), dark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answering(Map.of())));
        assertTrue(asked.isEmpty(), "the environment is enough");
        assertEquals(Optional.of(true), dark("Linux", Map.of(),
                answering(Map.of("color-scheme", new Result(0, "'prefer-dark'\n")))));
        assertEquals(Optional.of(true), dark("Linux", Map.of(), answering(Map.of(
                "color-scheme", new Result(0, "'default'"), "gtk-theme", new Result(0, "'Yaru-dark'")))));
        assertEquals(Optional.of(false), dark("Linux", Map.of(), answering(Map.of(
                "color-scheme", new Result(0, "'default'"), "gtk-theme", new Result(0, "'Adwaita'")))));
        assertEquals(Optional.empty(), dark("Linux", Map.of(), answering(Map.of())), "no gsettings: unknown");
    }

    @Test
    void macAndWindows() {
        assertEquals(Optional.of(true), dark("Mac OS X", Map.of(),
                answering(Map.of("AppleInterfaceStyle", new Result(0, "Dark\n")))));
        assertEquals(Optional.of(false), dark("Mac OS X", Map.of(),
                answering(Map.of("AppleInterfaceStyle", new Result(1, "")))), "no such key means light");
        String reg = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x%s\r\n";
        assertEquals(Optional.of(true), dark("Windows 11", Map.of(),
                answering(Map.of("AppsUseLightTheme", new Result(0, reg.formatted("0"))))));
        assertEquals(Optional.of(false), dark("Windows 11", Map.of(),
                answering(Map.of("AppsUseLightTheme", new Result(0, reg.formatted("1"))))));
        assertEquals(Optional.empty(), dark("Windows 10", Map.of(),
                answering(Map.of("AppsUseLightTheme", new Result(1, "ERROR: not found")))));
    }

    @Test
    void aBrokenOrHangingCommandMeansUnknownNeverAFailure() {
        OsTheme.Commands throwing = (command, timeout) -> {
            throw new IllegalStateException("boom");
        };
        assertEquals(Optional.empty(), dark("Linux", Map.of(), throwing));
        assertEquals(Optional.empty(), dark("Linux", Map.of(), (command, timeout) -> Optional.empty()),
                "a timeout answers empty");
    }

    @Test
    void theRememberedChoiceWinsThenTheOsThenLight() {
        OsTheme darkOs = new OsTheme("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answering(Map.of()));
        OsTheme silentOs = new OsTheme("Linux", Map.of(), answering(Map.of()));
        assertTrue(Startup.initialDark(UiSettings.DEFAULTS, darkOs));
        assertFalse(Startup.initialDark(UiSettings.DEFAULTS.withDark(false), darkOs));
        assertTrue(Startup.initialDark(UiSettings.DEFAULTS.withDark(true), silentOs));
        assertFalse(Startup.initialDark(UiSettings.DEFAULTS, silentOs), "unknown: light");
    }

    @Test
    void theRealCommandRunnerTimesOutAndSurvivesMissingPrograms() {
        OsTheme real = new OsTheme("Linux", Map.of(), (command, timeout) -> Optional.empty());
        assertEquals(Optional.empty(), real.prefersDark());
        long start = System.nanoTime();
        Optional<Boolean> system = OsTheme.system().prefersDark();
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "bounded by the timeouts: " + system);
    }
}
