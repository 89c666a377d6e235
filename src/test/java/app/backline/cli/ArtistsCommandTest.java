package app.backline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtistsCommandTest {

    @TempDir
    Path dataDir;

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CliRun.run(option -> StoreSession.open(Path.of(option)), full);
    }

    @Test
    void addPrintsTheCreatedArtistAndListJsonShowsIt() throws Exception {
        CliRun added = cli("artists", "add", "Ada Lovelace");
        assertEquals(0, added.exitCode(), added.err());
        assertEquals("Added artist \"Ada Lovelace\" (id 1)", added.out().strip());
        assertEquals("", added.err());
        cli("artists", "add", "Charles Babbage");

        CliRun listed = cli("artists", "list", "--json");
        assertEquals(0, listed.exitCode());
        JsonNode json = new ObjectMapper().readTree(listed.out());
        assertTrue(json.isArray());
        assertEquals(2, json.size());
        assertEquals("Ada Lovelace", json.get(0).get("name").asText());
        assertEquals(1, json.get(0).get("id").asLong());
        assertEquals(0, json.get(0).get("postCount").asLong());
        assertEquals(3, json.get(0).size());
    }

    @Test
    void listTextIsAnAlignedTable() {
        cli("artists", "add", "Ada Lovelace");
        cli("artists", "add", "Bo");
        List<String> lines = cli("artists", "list").out().lines().toList();
        assertEquals(List.of(
                "ID  NAME          POSTS",
                " 1  Ada Lovelace  0",
                " 2  Bo            0"), lines);
    }

    @Test
    void emptyListsSayHowToAddAnArtist() {
        assertTrue(cli("artists", "list").out().startsWith("No artists yet."));
        assertEquals("[ ]", cli("artists", "list", "--json").out().strip());
    }

    @Test
    void duplicateNameFailsWithOneLine() {
        cli("artists", "add", "Ada");
        CliRun dup = cli("artists", "add", "ADA");
        assertEquals(1, dup.exitCode());
        assertEquals(List.of("backline: There is already an artist called \"ADA\""), dup.errLines());
        assertEquals("", dup.out());
    }

    @Test
    void renameAndRemoveWithConfirmation() {
        cli("artists", "add", "Ada");
        CliRun renamed = cli("artists", "rename", "ada", "Ada Lovelace");
        assertEquals(0, renamed.exitCode(), renamed.err());
        assertEquals("Renamed \"Ada\" to \"Ada Lovelace\"", renamed.out().strip());

        CliRun refused = cli("artists", "remove", "Ada Lovelace");
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.errLines().size());
        assertTrue(refused.err().contains("--yes"), refused.err());

        CliRun removed = cli("artists", "remove", "Ada Lovelace", "--yes");
        assertEquals(0, removed.exitCode(), removed.err());
        assertTrue(cli("artists", "list").out().startsWith("No artists yet."));
    }

    @Test
    void unknownArtistFailsWithOneLine() {
        CliRun run = cli("artists", "rename", "Nobody", "Somebody");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("backline: No artist called \"Nobody\" (see 'backline artists list')"), run.errLines());
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void atSignsAreNamesNotArgumentFiles() {
        CliRun run = cli("artists", "add", "@ada");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"@ada\""));
    }
}
