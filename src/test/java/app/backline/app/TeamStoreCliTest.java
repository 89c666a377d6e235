package app.backline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.backline.cli.BacklineCli;
import app.backline.persistence.PostgresTestSchema;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines on one team store, through the real command line: what one imports, the other lists and
 * exports. Each has a data directory of its own (its lock, media, logs); the store is a PostgreSQL schema.
 * Skipped with a message when no PostgreSQL server answers.
 */
class TeamStoreCliTest {

    @TempDir
    Path dir;

    @Test
    void aPostImportedThroughOneMachineIsExportedThroughTheOther() throws Exception {
        try (PostgresTestSchema pg = PostgresTestSchema.create()) {
            Path archive = FlowSupport.xArchive(dir.resolve("archive"), "ada", 12);
            String store = pg.jdbcUrl();
            Path first = dir.resolve("machine-a");
            Path second = dir.resolve("machine-b");

            Run imported = cli("--data-dir", first.toString(), "--store", store, "import", archive.toString(),
                    "--artist", "Ada");
            Run listed = cli("--data-dir", second.toString(), "--store", store, "artists", "list", "--json");
            Path csv = dir.resolve("ada.csv");
            Run exported = cli("--data-dir", second.toString(), "--store", store, "export", "--artist", "Ada",
                    "--format", "csv", "--out", csv.toString());
            Run again = cli("--data-dir", second.toString(), "--store", store, "import", archive.toString(),
                    "--artist", "Ada");

            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(listed.out()).contains("\"name\" : \"Ada\"").contains("\"postCount\" : 12");
            assertThat(exported.code()).as(exported.err()).isZero();
            assertThat(Files.readAllLines(csv)).hasSize(13); // header + 12 posts
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(cli("--data-dir", first.toString(), "--store", store, "artists", "list", "--json").out())
                    .contains("\"postCount\" : 12"); // the second machine's import added nothing
            assertThat(Files.exists(first.resolve("store"))).as("no embedded store on a team machine").isFalse();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new BacklineCli(new CliStoreOpener(), new StringReader(""), new PrintWriter(out, true),
                new PrintWriter(err, true)).run(args);
        return new Run(code, out.toString(), err.toString());
    }
}
