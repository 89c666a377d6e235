package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.persistence.repository.IngestBatch;
import app.backline.testing.Drafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's view of a crash: a run cut off while H2 committed it looks like RUNNING with posts, or
 * COMMITTED with fewer posts than it added. Opening the store rebuilds it and undoes that run.
 */
class StoreRepairTest {

    @TempDir
    Path dir;

    private long seed(Path base, String artist, int n) {
        List<PostDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(Drafts.post(Platform.X, artist + i, "p" + i, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i)));
        }
        try (Database db = Database.open(base)) {
            return db.posts().ingest(new IngestBatch(ArtistRef.byName(artist), new AccountIdentity(Platform.X, null,
                    null, null), ConnectionType.IMPORT, drafts), Progress.NONE).artistId();
        }
    }

    private static void sql(Path base, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void aRunCutOffMidCommitIsUndoneAfterTheStoreIsRebuilt() throws Exception {
        Path base = dir.resolve("store/backline");
        long kept = seed(base, "Kept", 3);
        long cut = seed(base, "Cut", 5);
        // what a crash inside H2's commit leaves in the journal: the run never reached VERIFIED and not
        // all the posts it added are there
        sql(base, "UPDATE ingest_run SET state = 'COMMITTED', created_artist = TRUE WHERE artist_id = " + cut,
                "DELETE FROM post WHERE artist_id = " + cut + " AND external_post_id IN ('Cut0', 'Cut1')");

        try (Database db = Database.open(base)) {
            assertEquals(1, db.recoveryNotes().size());
            assertTrue(db.recoveryNotes().get(0).contains("Cut"));
            assertFalse(db.artists().findById(cut).isPresent());
            assertEquals(3, db.posts().count(kept, PostFilter.all()));
            assertEquals(3, db.artists().findById(kept).orElseThrow().postCount());
        }
        assertFalse(Files.exists(base.getParent().resolve("repair.pending")));
        try (Database db = Database.open(base)) {
            assertTrue(db.recoveryNotes().isEmpty(), "a repaired store opens cleanly");
        }
    }

    @Test
    void anInterruptedRepairIsFinishedFromItsSnapshot() throws Exception {
        Path base = dir.resolve("store/backline");
        long kept = seed(base, "Kept", 4);
        Path folder = base.getParent();
        sql(base, "SCRIPT DROP TO '" + folder.resolve("repair-snapshot.zip") + "' COMPRESSION ZIP",
                "DELETE FROM media_item", "DELETE FROM post");
        Files.writeString(folder.resolve("repair.pending"), "repair-snapshot.zip");

        try (Database db = Database.open(base)) {
            assertEquals(4, db.posts().count(kept, PostFilter.all()));
        }
        assertFalse(Files.exists(folder.resolve("repair.pending")));
        assertFalse(Files.exists(folder.resolve("repair-snapshot.zip")));
    }
}
