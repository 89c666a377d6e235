package app.backline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 after the store committed an import and before the index committed it: the next open finds the index
 * behind, answers the text filter with SQL meanwhile, and rebuilds it; nothing is missing either way.
 */
class SearchIndexCrashTest {

    private static final int POSTS = 300;
    private static final PostFilter ENCORE = PostFilter.all().withText("encore");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedBetweenTheStoreCommitAndTheIndexCommit() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        boolean ingested = waitFor(child, "INGESTED");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(ingested, "the child never finished its import");

        try (SearchStore store = SearchStore.open(dir)) {
            long artist = store.db.artists().findByName("Crash").orElseThrow().id();
            assertEquals(POSTS, store.db.posts().count(artist, ENCORE), "right at once, index ready or not");
            store.ready();
            assertEquals(POSTS, store.index.count(artist, ENCORE).orElseThrow());
            assertEquals(POSTS, store.db.posts().page(artist, ENCORE, null, 1000).posts().size());
        }
    }

    private static boolean waitFor(Process child, String marker) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Child process: imports into a store whose index commits only after ten minutes, then waits to be killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path dataDir = Path.of(args[0]);
            SearchStore store = SearchStore.open(dataDir, new LucenePostIndex.Tuning(2000, 25, 600_000)).ready();
            List<PostDraft> drafts = new ArrayList<>();
            Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
            for (int i = 0; i < POSTS; i++) {
                drafts.add(SearchIndexTest.post(String.valueOf(i), "encore number " + i, t0.plusSeconds(i)));
            }
            store.ingest("Crash", Platform.X, drafts);
            System.out.println("INGESTED");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
