package app.backline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.ArtistRef;
import app.backline.domain.PostFilter;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.persistence.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an import, at several points including the commit itself: after the store reopens
 * (which runs recovery) the archive is either wholly in the store or not at all, and counts agree.
 */
class ImportCrashTest {

    private static final int POSTS = 5000;

    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(value = 4, unit = TimeUnit.MINUTES)
    void anImportKilledAtAnyPointIsAllOrNothing() throws Exception {
        Path archive = xArchive(dir.resolve("archive"));
        String[][] killPoints = {{"HALF", "0"}, {"SAVED", "0"}, {"SAVED", "60"}};
        for (String[] point : killPoints) {
            Path store = dir.resolve("store-" + point[0] + point[1] + "/backline");
            try (Database db = Database.open(store)) {
                db.artists().create("Existing");
            }
            Process child = start(store, archive);
            boolean reached = waitFor(child, point[0]);
            Thread.sleep(Long.parseLong(point[1]));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertTrue(reached, "the child never reached " + point[0]);

            try (Database db = Database.open(store)) {
                Optional<Artist> crash = db.artists().findByName("Crash");
                long rows = crash.map(a -> db.posts().count(a.id(), PostFilter.all())).orElse(0L);
                String where = "killed at " + point[0] + "+" + point[1] + "ms: " + rows + " rows";
                assertTrue(rows == 0 || rows == POSTS, where);
                crash.ifPresent(a -> assertEquals(rows, a.postCount(), where));
                assertEquals(rows == 0, crash.isEmpty(), where + ", artist left behind: " + crash);
                assertEquals(rows == 0, !db.recoveryNotes().isEmpty() || crash.isEmpty(), where);
                assertTrue(db.artists().findByName("Existing").isPresent());
                crash.ifPresent(a -> db.artists().delete(a.id()));
                assertTrue(db.artists().findByName("Crash").isEmpty(), where + ": the store takes writes again");
            }
        }
    }

    private static Process start(Path store, Path archive) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), store.toString(),
                archive.toString()).redirectErrorStream(true).start();
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

    private static Path xArchive(Path root) throws Exception {
        DateTimeFormatter x = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        StringBuilder js = new StringBuilder("window.YTD.tweets.part0 = [");
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < POSTS; i++) {
            js.append(i == 0 ? "" : ",").append("{\"tweet\":{\"id_str\":\"").append(900_000 + i)
                    .append("\",\"created_at\":\"").append(x.format(t0.plusSeconds(i * 600L)))
                    .append("\",\"full_text\":\"New single out now, tour dates soon ").append(i)
                    .append("\",\"favorite_count\":\"3\",\"retweet_count\":\"1\"}}");
        }
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/tweets.js"), js.append("]"));
        return root;
    }

    /** Child process: imports, printing HALF and SAVED as the save reaches those points. */
    public static final class Child {
        public static void main(String[] args) {
            try (Database db = Database.open(Path.of(args[0]))) {
                ArchiveImportService imports = new ArchiveImportService(db.posts(), Path.of(args[0]).getParent(),
                        new CaptionEntityExtractor(), EnrichmentService.standard(), Clock.systemUTC());
                imports.importArchive(Path.of(args[1]), ArtistRef.byName("Crash"), new Progress() {
                    @Override
                    public void report(long done, long total, String message) {
                        if ("Saving posts".equals(message) && done == total / 2 + total % 500) {
                            System.out.println("HALF");
                        }
                        if ("Saving posts".equals(message) && done == total && total > 0) {
                            System.out.println("SAVED");
                        }
                        System.out.flush();
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                System.out.println("DONE");
            }
        }
    }
}
