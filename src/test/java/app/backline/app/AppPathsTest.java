package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void optionBeatsEnvironmentWhichBeatsTheOsDefault() {
        Map<String, String> env = Map.of("BACKLINE_DATA_DIR", "/env/dir");
        assertEquals(Path.of("/opt/dir"), AppPaths.resolve("/opt/dir", env, "Linux", "/home/u").dataDir());
        assertEquals(Path.of("/env/dir"), AppPaths.resolve(null, env, "Linux", "/home/u").dataDir());
        assertEquals(Path.of("/home/u/.local/share/backline"),
                AppPaths.resolve(null, Map.of(), "Linux", "/home/u").dataDir());
        assertEquals(Path.of("/xdg/backline"),
                AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u").dataDir());
    }

    @Test
    void followsEachOperatingSystemsConventions() {
        assertEquals(Path.of("/Users/u/Library/Application Support/Backline"),
                AppPaths.resolve(null, Map.of(), "Mac OS X", "/Users/u").dataDir());
        assertEquals(Path.of("/Users/u/Library/Logs/Backline"),
                AppPaths.resolve(null, Map.of(), "Mac OS X", "/Users/u").logDir());
        assertEquals(Path.of("/home/u/.local/state/backline/logs"),
                AppPaths.resolve(null, Map.of(), "Linux", "/home/u").logDir());
    }
}
