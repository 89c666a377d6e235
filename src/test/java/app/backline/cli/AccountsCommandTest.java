package app.backline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {

    private static final String TOKEN = "IGQVJ-pasted-token-abcdef9876";

    @TempDir
    Path dataDir;

    private CliRun cli(String stdin, String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = dataDir.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CliRun.runWithInput(option -> StoreSession.open(Path.of(option)), stdin, full);
    }

    @Test
    void addReadsTheTokenFromStdinAndListJsonShowsTheAccountButNeverTheToken() throws Exception {
        CliRun added = cli(TOKEN + "\n", "accounts", "add", "--artist", "Mila", "--platform", "Instagram",
                "--user-id", "17841", "--handle", "@mila", "--token-stdin");
        assertEquals(0, added.exitCode(), added.err());
        assertEquals("Added account 1: instagram @mila for \"Mila\" (token …9876), PENDING until its first sync",
                added.out().strip());

        CliRun listed = cli("", "accounts", "list", "--json");
        assertEquals(0, listed.exitCode(), listed.err());
        assertFalse(listed.out().contains(TOKEN));
        JsonNode json = new ObjectMapper().readTree(listed.out());
        assertEquals(1, json.size());
        JsonNode a = json.get(0);
        assertEquals(1, a.get("id").asLong());
        assertEquals("Mila", a.get("artist").asText());
        assertEquals("instagram", a.get("platform").asText());
        assertEquals("mila", a.get("handle").asText());
        assertEquals("17841", a.get("externalUserId").asText());
        assertEquals("PENDING", a.get("state").asText());
        assertTrue(a.get("lastSyncedAt").isNull());
        assertTrue(a.get("lastError").isNull());
        assertEquals("…9876", a.get("tokenHint").asText());
        assertEquals("MANUAL", a.get("connectionType").asText());

        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(TOKEN), "token in " + f);
            }
        }
    }

    @Test
    void listTextIsATableAndRemoveKeepsThePostsArtist() {
        cli(TOKEN, "accounts", "add", "--artist", "Mila", "--platform", "x", "--handle", "mila", "--token-stdin");
        List<String> lines = cli("", "accounts", "list").out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("ID  ARTIST  PLATFORM  HANDLE  TYPE    STATE    LAST SYNCED  ERROR"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("1   Mila    x         @mila   MANUAL  PENDING  never"), lines.get(1));

        CliRun removed = cli("", "accounts", "remove", "1");
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals("Removed account 1 (x @mila); its posts stay in the feed of \"Mila\"", removed.out().strip());
        assertTrue(cli("", "accounts", "list").out().startsWith("No accounts yet."));
        assertEquals("[ ]", cli("", "accounts", "list", "--json").out().strip());
    }

    @Test
    void mistakesAreOneLineOnStderr() {
        CliRun noToken = cli("", "accounts", "add", "--artist", "Mila", "--platform", "x", "--token-stdin");
        assertEquals(1, noToken.exitCode());
        assertEquals(1, noToken.errLines().size());
        assertTrue(noToken.err().startsWith("backline: No access token on standard input"), noToken.err());

        CliRun noFlag = cli(TOKEN, "accounts", "add", "--artist", "Mila", "--platform", "x");
        assertEquals(2, noFlag.exitCode(), "the token is never taken from the command line");

        CliRun linkedIn = cli(TOKEN, "accounts", "add", "--artist", "Mila", "--platform", "linkedin", "--token-stdin");
        assertEquals(List.of("backline: LinkedIn needs the author's URN as user id (urn:li:person:… or "
                + "urn:li:organization:…)"), linkedIn.errLines());

        cli(TOKEN, "accounts", "add", "--artist", "Mila", "--platform", "x", "--handle", "mila", "--token-stdin");
        CliRun dup = cli(TOKEN, "accounts", "add", "--artist", "mila", "--platform", "x", "--handle", "MILA",
                "--token-stdin");
        assertEquals(1, dup.exitCode());
        assertFalse(dup.err().contains(TOKEN));

        CliRun missing = cli("", "accounts", "remove", "99");
        assertEquals(List.of("backline: There is no account 99 (see 'backline accounts list')"), missing.errLines());
    }
}
