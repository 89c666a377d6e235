package app.backline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Platform;
import app.backline.importer.ImportReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void missingArchivesAreRejectedOnStderrAndNothingIsCreated() {
        Path missing = dataDir.resolve("nope.zip");
        CliRun run = CliRun.run(option -> new StoreSession(Path.of(option)),
                "--data-dir", dataDir.toString(), "import", missing.toString(), "--artist", "Ada");
        assertEquals(1, run.exitCode());
        assertEquals(List.of(missing + ": rejected — no such file or folder"), run.errLines());
        assertEquals("", run.out());
        CliRun list = CliRun.run(option -> new StoreSession(Path.of(option)),
                "--data-dir", dataDir.toString(), "artists", "list", "--json");
        assertEquals("[ ]", list.out().strip());
    }

    @Test
    void blankArtistNameFails() {
        CliRun run = CliRun.run(option -> new StoreSession(Path.of(option)),
                "--data-dir", dataDir.toString(), "import", dataDir.toString(), "--artist", "  ");
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
