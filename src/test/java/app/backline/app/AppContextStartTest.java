package app.backline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening the composition root does and leaves for later: the thumbnail cache's check after a crash reads
 * its table through Hibernate, so it waits for the background jobs (before any prefetch can run) instead of
 * holding up the window.
 */
class AppContextStartTest {

    @TempDir
    Path dir;

    @Test
    void theThumbnailCacheIsCheckedWhenTheBackgroundJobsStartNotWhileOpening() throws IOException {
        AppPaths paths = AppPaths.resolve(dir.resolve("data").toString(), Map.of(), "linux", dir.toString());
        Path partial = paths.dataDir().resolve("media/cache/tmp/download-1.part");
        Files.createDirectories(partial.getParent());
        Files.write(partial, new byte[10]);
        try (AppContext context = AppContext.open(paths)) {
            assertTrue(Files.exists(partial), "opening leaves it to the background jobs");
            context.startBackgroundJobs(problem -> { });
            assertFalse(Files.exists(partial), "a download cut off by a crash is removed");
        }
    }
}
