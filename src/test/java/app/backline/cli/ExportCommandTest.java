package app.backline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.export.ExportFixtures;
import app.backline.persistence.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outDir;

    @BeforeEach
    void seed() {
        try (Database db = Database.open(dataDir.resolve("store/backline"))) {
            ExportFixtures.seed(db);
        }
    }

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CliRun.run(option -> StoreSession.open(Path.of(option)), full);
    }

    @Test
    void exportsJsonToStdoutAndNothingElse() throws Exception {
        CliRun run = cli("export", "--artist", "ada lovelace");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(5, json.size());
        assertEquals("1003", json.get(0).get("externalPostId").asText());
        assertEquals(ExportFixtures.TRICKY_CAPTION, json.get(2).get("caption").asText());
    }

    @Test
    void lastPlatformAndFormatOptions() throws Exception {
        CliRun run = cli("export", "--artist", "Ada Lovelace", "--platform", "TikTok", "--last", "1");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.size());
        assertEquals("7002", json.get(0).get("externalPostId").asText());

        CliRun csv = cli("export", "--artist", "Ada Lovelace", "--format", "CSV", "--platform", "x",
                "--platform", "tiktok");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("artist,platform,"));
    }

    @Test
    void outWritesTheFileAndReportsOnStderr() throws Exception {
        Path file = outDir.resolve("ada.csv");
        CliRun run = cli("export", "--artist", "Ada Lovelace", "--format", "csv", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("Exported 5 posts to " + file), run.errLines());
        assertTrue(Files.readString(file).startsWith("artist,platform,"));
    }

    @Test
    void outIntoAFolderUsesTheDefaultFileName() throws Exception {
        CliRun run = cli("export", "--artist", "Ada Lovelace", "--out", outDir.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(outDir)) {
            String name = files.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            assertTrue(name.matches("ada-lovelace-posts-\\d{4}-\\d\\d-\\d\\d\\.json"), name);
        }
    }

    @Test
    void unknownArtistIsExit1WithOneLineAndNoFile() {
        Path file = outDir.resolve("nobody.json");
        CliRun run = cli("export", "--artist", "Nobody", "--out", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("backline: No artist called \"Nobody\" (see 'backline artists list')"), run.errLines());
        assertEquals("", run.out());
        assertFalse(Files.exists(file));
    }

    @Test
    void missingFolderIsExit1WithOneLine() {
        CliRun run = cli("export", "--artist", "Ada Lovelace", "--out", outDir.resolve("no/such.json").toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("backline: Cannot write "), run.err());
        assertTrue(run.err().contains("its folder does not exist"), run.err());
    }

    @Test
    void lastBelowOneIsAUsageError() {
        CliRun run = cli("export", "--artist", "Ada Lovelace", "--last", "0");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size());
        assertEquals("", run.out());
    }
}
