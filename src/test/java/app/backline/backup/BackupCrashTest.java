package app.backline.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of a backup leaves the earlier backups intact and restorable. */
class BackupCrashTest {

    @TempDir
    Path dir;

    @Test
    void killedMidBackupLeavesEarlierBackupsIntact() throws Exception {
        Path store = dir.resolve("store/backline");
        Path folder = dir.resolve("backups");
        BackupInfo first;
        try (Database db = Database.open(store)) {
            BackupServiceTest.seed(db, "Ada", 0, 3000);
            first = new BackupService(db.snapshots(), folder, Clock.systemUTC()).backupNow();
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BackupLoop.class.getName(), store.toString(),
                folder.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(waitForPartial(folder, 60_000), "the child never started a backup");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (Database db = Database.open(store)) {
            BackupService backups = new BackupService(db.snapshots(), folder, Clock.systemUTC());
            List<BackupInfo> listed = backups.list();
            assertTrue(listed.stream().anyMatch(b -> b.file().equals(first.file())), "first backup kept");
            assertTrue(listed.stream().noneMatch(b -> b.file().getFileName().toString().endsWith(".partial")));
            for (BackupInfo b : List.of(listed.get(0), first)) {
                backups.restore(b);
                assertEquals(3000, backups.current().posts(), b.file() + " restores completely");
            }
            backups.backupNow();
            try (Stream<Path> files = Files.list(folder)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")),
                        "leftovers of the crash are cleaned up by the next backup");
            }
        }
    }

    private static boolean waitForPartial(Path folder, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".partial"))) {
                        return true;
                    }
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** Child process: backs up over and over until it is killed. */
    public static final class BackupLoop {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.open(Path.of(args[0]))) {
                BackupService backups = new BackupService(db.snapshots(), Path.of(args[1]), Clock.systemUTC());
                for (int i = 0; i < 10_000; i++) {
                    backups.backupNow();
                    Thread.sleep(1001);
                }
            }
        }
    }
}
