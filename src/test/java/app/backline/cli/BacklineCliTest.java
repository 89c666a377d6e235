package app.backline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacklineCliTest {

    @TempDir
    Path dataDir;

    private final List<String> opened = new ArrayList<>();

    private CliSession open(String option) {
        opened.add(option);
        return StoreSession.open(option == null ? dataDir : Path.of(option));
    }

    @Test
    void versionComesFromTheManifestOrDevAndOpensNoStore() {
        CliRun run = CliRun.run(this::open, "--version");
        assertEquals(0, run.exitCode());
        assertEquals("backline dev", run.out().strip());
        assertEquals("", run.err());
        assertTrue(opened.isEmpty());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.run(this::open, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("artists"));
        assertTrue(run.out().contains("export"));
        assertTrue(run.out().contains("--data-dir"));
        assertTrue(opened.isEmpty());
    }

    @Test
    void dataDirIsHandedToTheOpenerAndDefaultsToNull() {
        CliRun.run(this::open, "--data-dir", dataDir.toString(), "artists", "list");
        CliRun.run(this::open, "artists", "list");
        assertEquals(dataDir.toString(), opened.get(0));
        assertNull(opened.get(1));
    }

    @Test
    void aSessionThatTidiesItsStoreOnCloseSaysSoOnStderr() {
        CliRun quiet = CliRun.run(this::open, "artists", "list");
        assertFalse(quiet.err().contains("tidying"), quiet.err());

        CliRun tidying = CliRun.run(option -> tidying(open(option)), "artists", "list");
        assertEquals(0, tidying.exitCode());
        assertEquals(List.of("backline: tidying the store before exit (about 12 s)…"), tidying.errLines());
    }

    /** The real session, reporting that closing it will tidy the store for 12 s. */
    private static CliSession tidying(CliSession real) {
        return (CliSession) java.lang.reflect.Proxy.newProxyInstance(CliSession.class.getClassLoader(),
                new Class<?>[] {CliSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("tidyOnClose")) {
                        return java.util.Optional.of(java.time.Duration.ofSeconds(12));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {}, new String[] {"artists"},
                new String[] {"export"}, new String[] {"artists", "add"},
                new String[] {"export", "--artist", "Ada", "--format", "xml"},
                new String[] {"export", "--artist", "Ada", "--platform", "myspace"},
                new String[] {"export", "--artist", "Ada", "--tag", "gossip"},
                new String[] {"export", "--artist", "Ada", "--last", "many"},
                new String[] {"artists", "list", "--bogus"})) {
            CliRun run = CliRun.run(this::open, args);
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("backline: "), run.err());
            assertEquals("", run.out());
        }
        assertTrue(opened.isEmpty());
    }

    @Test
    void badValuesNameTheAcceptedOnes() {
        CliRun format = CliRun.run(this::open, "export", "--artist", "Ada", "--format", "xml");
        assertTrue(format.err().contains("use json or csv"), format.err());
        CliRun platform = CliRun.run(this::open, "export", "--artist", "Ada", "--platform", "myspace");
        assertTrue(platform.err().contains("use instagram, tiktok, youtube, x or linkedin"), platform.err());
    }

    @Test
    void aStoreThatCannotOpenIsOneLineAndExit1() {
        CliRun run = CliRun.run(option -> {
            throw new UserFacingException("Backline is already running on /somewhere");
        }, "artists", "list");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("backline: Backline is already running on /somewhere"), run.errLines());
    }

    @Test
    void unexpectedErrorsAreOneLineWithoutAStackTrace() {
        CliRun run = CliRun.run(option -> {
            throw new IllegalStateException("disk on fire\n  at somewhere");
        }, "artists", "list");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("backline: unexpected error: disk on fire at somewhere (details in the log)"),
                run.errLines());
        assertFalse(run.err().contains("Exception"));
    }
}
