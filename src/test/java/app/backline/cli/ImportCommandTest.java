package app.backline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Platform;
import app.backline.importer.ImportReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String LINE = "^%s: x @band — %d new, %d updated, %d unchanged "
            + "\\(3 posts read, 0 media copied, 0 missing\\) in \\d+\\.\\ds$";

    @TempDir
    Path dataDir;
    @TempDir
    Path archives;

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CliRun.run(option -> StoreSession.open(Path.of(option)), full);
    }

    /** A minimal unpacked X archive of account @band with three tweets, ids 101–103. */
    private Path xArchiveFolder(String name) throws IOException {
        Path root = archives.resolve(name);
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/manifest.js"), "window.__THAR_CONFIG = {\"userInfo\":"
                + "{\"accountId\":\"42\",\"userName\":\"band\"},\"dataTypes\":{\"tweets\":"
                + "{\"files\":[{\"fileName\":\"data/tweets.js\"}]}}}");
        Files.writeString(root.resolve("data/tweets.js"), "window.YTD.tweets.part0 = [ "
                + tweet("101", "Fri Feb 20 09:10:58 +0000 2026", "New single out #engine") + ", "
                + tweet("102", "Fri Feb 20 10:10:58 +0000 2026", "Tour, \\\"finally\\\" 🎹") + ", "
                + tweet("103", "Fri Feb 20 11:10:58 +0000 2026", "thanks @fan") + " ]");
        return root;
    }

    private static String tweet(String id, String createdAt, String text) {
        return "{\"tweet\": {\"id_str\": \"" + id + "\", \"created_at\": \"" + createdAt + "\", \"full_text\": \""
                + text + "\", \"favorite_count\": \"3\", \"retweet_count\": \"1\", \"lang\": \"en\"}}";
    }

    @Test
    void importsAnArchiveCreatingTheArtistAndExportShowsThePosts() throws Exception {
        Path archive = xArchiveFolder("x-archive");
        CliRun run = cli("import", archive.toString(), "--artist", "The Band");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().strip().matches(String.format(LINE, archive, 3, 0, 0)), run.out());

        JsonNode posts = new ObjectMapper().readTree(cli("export", "--artist", "the band").out());
        assertEquals(List.of("103", "102", "101"), posts.findValuesAsText("externalPostId"));
        assertEquals("Tour, \"finally\" 🎹", posts.get(1).get("caption").asText());
        assertEquals("band", posts.get(0).get("handle").asText());
    }

    @Test
    void reimportCountsUnchangedPosts() throws Exception {
        Path archive = xArchiveFolder("x-archive");
        cli("import", archive.toString(), "--artist", "The Band");
        CliRun again = cli("import", archive.toString(), "--artist", "The Band");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().strip().matches(String.format(LINE, archive, 0, 0, 3)), again.out());
    }

    @Test
    void aRejectedArchiveIsReportedOnStderrAndTheOthersStillImport() throws Exception {
        Path notAnArchive = Files.writeString(archives.resolve("report.pdf"), "%PDF-1.4 not a zip");
        Path missing = archives.resolve("nope.zip");
        Path good = xArchiveFolder("x-archive");

        CliRun run = cli("import", notAnArchive.toString(), missing.toString(), good.toString(), "--artist", "Band");

        assertEquals(1, run.exitCode());
        List<String> errors = run.errLines();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith(notAnArchive + ": rejected — "), errors.get(0));
        assertEquals(missing + ": rejected — no such file or folder", errors.get(1));
        assertTrue(run.out().strip().matches(String.format(LINE, good, 3, 0, 0)), run.out());
    }

    @Test
    void onlyRejectedArchivesCreateNoArtist() throws IOException {
        Path notAnArchive = Files.writeString(archives.resolve("notes.txt"), "hello");
        CliRun run = cli("import", notAnArchive.toString(), "--artist", "Ada");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("", run.out());
        assertEquals("[ ]", cli("artists", "list", "--json").out().strip());
    }

    @Test
    void blankArtistNameFails() {
        CliRun run = cli("import", dataDir.toString(), "--artist", "  ");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("backline: An artist needs a name"), run.errLines());
    }

    @Test
    void reportLineShowsCountsAndSeconds() {
        ImportReport report = new ImportReport(Path.of("ada.zip"), Platform.X, "ada", 1, 12, 10, 2, 0, 3, 1, 1449);
        assertEquals("ada.zip: x @ada — 10 new, 2 updated, 0 unchanged (12 posts read, 3 media copied, 1 missing)"
                + " in 1.4s", ImportReportLine.success(Path.of("ada.zip"), report));
        ImportReport noHandle = new ImportReport(Path.of("i"), Platform.INSTAGRAM, null, 1, 0, 0, 0, 0, 0, 0, 50);
        assertTrue(ImportReportLine.success(Path.of("i"), noHandle).startsWith("i: instagram (no handle) — 0 new"));
        assertEquals("r.pdf: rejected — not an archive", ImportReportLine.rejected(Path.of("r.pdf"), "not an archive"));
    }
}
