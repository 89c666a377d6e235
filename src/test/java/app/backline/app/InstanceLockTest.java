package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path dir;

    @Test
    void secondHolderInThisProcessGetsAPlainMessage() {
        AppPaths paths = AppPaths.resolve(dir.toString(), java.util.Map.of(), "Linux", "/home/u");
        try (InstanceLock first = InstanceLock.acquire(paths.dataDir(), paths.lockFile())) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> InstanceLock.acquire(paths.dataDir(), paths.lockFile()));
            assertTrue(e.getMessage().startsWith("Backline is already running on " + paths.dataDir()));
        }
        InstanceLock.acquire(paths.dataDir(), paths.lockFile()).close();
    }

    @Test
    void anotherProcessIsRefusedWhileWeHoldTheLockAndAdmittedAfter() throws Exception {
        AppPaths paths = AppPaths.resolve(dir.toString(), java.util.Map.of(), "Linux", "/home/u");
        try (InstanceLock held = InstanceLock.acquire(paths.dataDir(), paths.lockFile())) {
            Process p = child(paths);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(3, p.exitValue(), out);
            assertTrue(out.contains("already running"), out);
        }
        Process p = child(paths);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }

    private static Process child(AppPaths paths) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
                paths.dataDir().toString(), paths.lockFile().toString()).redirectErrorStream(true).start();
    }

    /** Child process: tries the lock once; exit 0 when acquired, 3 when refused. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (InstanceLock ignored = InstanceLock.acquire(Path.of(args[0]), Path.of(args[1]))) {
                System.exit(0);
            } catch (UserFacingException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}
