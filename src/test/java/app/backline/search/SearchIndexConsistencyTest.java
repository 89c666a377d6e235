package app.backline.search;

import static app.backline.search.SearchIndexTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.backup.BackupInfo;
import app.backline.backup.BackupService;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.PostIndexSource.StoreStamp;
import app.backline.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index stays in step with the store across everything that can come between them: writes it never heard of
 * (a crash between the two commits), a deleted or damaged folder, an index of another store, a rebuild cut
 * short, a restored backup. While it catches up, searches run as SQL and stay correct.
 */
class SearchIndexConsistencyTest {

    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");
    private static final PostFilter ENCORE = PostFilter.all().withText("encore");

    @TempDir
    Path dir;

    private static List<String> captions(SearchStore store, long artist) {
        return store.db.posts().page(artist, ENCORE, null, 50).posts().stream().map(Post::caption).toList();
    }

    private static long answeredByIndex(SearchStore store, long artist) {
        return store.index.count(artist, ENCORE).orElseThrow(() -> new AssertionError("the index did not answer"));
    }

    private long seed(String caption) throws InterruptedException {
        try (SearchStore store = SearchStore.open(dir).ready()) {
            return store.ingest("Aurora", Platform.X, List.of(post("1", caption, T0))).artistId();
        }
    }

    @Test
    void changesTheIndexNeverHeardOfAreCaughtUpOnOpen() throws InterruptedException {
        long a = seed("encore one");
        try (Database alone = SearchStore.withoutIndex(dir)) {
            SearchStore.ingest(alone, "Aurora", Platform.X, List.of(post("2", "encore two", T0.plusSeconds(9))));
        }

        try (SearchStore store = SearchStore.open(dir).ready()) {
            assertEquals(2, answeredByIndex(store, a));
            assertEquals(List.of("encore two", "encore one"), captions(store, a));
        }
    }

    @Test
    void aDeletedIndexIsRebuilt() throws Exception {
        long a = seed("encore one");
        deleteTree(SearchStore.indexDir(dir));

        try (SearchStore store = SearchStore.open(dir).ready()) {
            assertEquals(1, answeredByIndex(store, a));
        }
    }

    @Test
    void aDamagedIndexIsStartedAnewAndRebuilt() throws Exception {
        long a = seed("encore one");
        try (Stream<Path> files = Files.list(SearchStore.indexDir(dir))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        try (SearchStore store = SearchStore.open(dir).ready()) {
            assertEquals(1, answeredByIndex(store, a));
            assertEquals(List.of("encore one"), captions(store, a));
        }
    }

    @Test
    void anIndexBuiltForAnotherStoreIsRebuilt() throws Exception {
        long a = seed("encore here");
        Path other = dir.resolve("other");
        try (SearchStore store = SearchStore.open(other).ready()) {
            store.ingest("Aurora", Platform.X, List.of(post("7", "encore elsewhere", T0), post("8", "encore again",
                    T0)));
        }
        deleteTree(SearchStore.indexDir(dir));
        copyTree(SearchStore.indexDir(other), SearchStore.indexDir(dir));

        try (SearchStore store = SearchStore.open(dir).ready()) {
            assertEquals(1, answeredByIndex(store, a));
            assertEquals(List.of("encore here"), captions(store, a));
        }
    }

    @Test
    void anIndexOfAnEarlierLayoutIsStartedAnewAndRebuilt() throws Exception {
        long a = seed("encore one");
        StoreStamp stamp = stamp();
        deleteTree(SearchStore.indexDir(dir));
        // a matching commit, but documents not kept in feed order: this version cannot write to it
        try (Directory directory = FSDirectory.open(SearchStore.indexDir(dir));
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(PostDocuments.analyzer()))) {
            old.addDocument(PostDocuments.of(indexed(999_999, a, "encore marker", T0)));
            old.setLiveCommitData(new IndexCommit(stamp.storeId(), stamp.generation(), true, 0).userData().entrySet());
            old.commit();
        }

        try (SearchStore store = SearchStore.open(dir).ready()) {
            assertEquals(1, answeredByIndex(store, a));
            assertEquals(List.of("encore one"), captions(store, a));
        }
    }

    @Test
    void whileTheIndexCatchesUpSearchesRunAsSqlAndStayCorrect() throws Exception {
        long a = seed("encore one");
        try (Database alone = SearchStore.withoutIndex(dir)) {
            SearchStore.ingest(alone, "Aurora", Platform.X, List.of(post("2", "encore two", T0.plusSeconds(9))));
        }
        LucenePostIndex lucene = LucenePostIndex.open(SearchStore.indexDir(dir));
        GatedIndex gated = new GatedIndex(lucene);
        try (Database db = Database.open(SearchStore.base(dir), Clock.systemUTC(), gated)) {
            assertFalse(lucene.isReady());
            assertTrue(lucene.count(a, ENCORE).isEmpty());
            assertEquals(List.of("encore two", "encore one"), db.posts().page(a, ENCORE, null, 10).posts().stream()
                    .map(Post::caption).toList());
            SearchStore.ingest(db, "Aurora", Platform.X, List.of(post("3", "encore three", T0.plusSeconds(20))));
            assertEquals(3, db.posts().count(a, ENCORE));

            gated.open();
            assertTrue(lucene.awaitReady(Duration.ofSeconds(30)));
            assertEquals(3, lucene.count(a, ENCORE).orElseThrow());
        }
    }

    @Test
    void aRebuildCutShortResumesAfterTheLastPostItCommitted() throws Exception {
        List<Post> posts;
        long a;
        try (SearchStore store = SearchStore.open(dir).ready()) {
            List<app.backline.domain.PostDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                drafts.add(post(String.valueOf(i), "encore " + i, T0.plusSeconds(i)));
            }
            a = store.ingest("Aurora", Platform.X, drafts).artistId();
            posts = store.db.posts().page(a, PostFilter.all(), null, 50).posts();
        }
        StoreStamp stamp = stamp();
        long half = posts.stream().mapToLong(Post::id).sorted().skip(4).findFirst().orElseThrow();
        deleteTree(SearchStore.indexDir(dir));
        try (IndexFiles files = IndexFiles.open(SearchStore.indexDir(dir))) {
            for (Post p : posts) {
                if (p.id() <= half) {
                    files.writer.addDocument(PostDocuments.of(indexed(p.id(), a, p.caption(), p.postedAt())));
                }
            }
            // a marker only a resumed rebuild keeps: a fresh one starts from an empty index
            files.writer.addDocument(PostDocuments.of(indexed(999_999, a, "encore marker", T0)));
            files.commit(new IndexCommit(stamp.storeId(), stamp.generation(), false, half));
        }

        try (SearchStore store = SearchStore.open(dir).ready()) {
            assertEquals(11, answeredByIndex(store, a));
        }
    }

    @Test
    void aRestoredBackupRebuildsTheIndex() throws Exception {
        try (SearchStore store = SearchStore.open(dir).ready()) {
            long a = store.ingest("Aurora", Platform.X, List.of(post("1", "encore before", T0))).artistId();
            MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
            BackupService backups = new BackupService(store.db.snapshots(), dir.resolve("backups"), clock);
            BackupInfo before = backups.backupNow();
            clock.advance(Duration.ofMinutes(5)); // the backup the restore takes first gets a name of its own
            store.ingest("Aurora", Platform.X, List.of(post("2", "encore after", T0.plusSeconds(5))));
            assertEquals(2, answeredByIndex(store, a));

            backups.restore(before);

            assertTrue(store.index.awaitReady(Duration.ofSeconds(30)));
            assertEquals(1, answeredByIndex(store, a));
            assertEquals(List.of("encore before"), captions(store, a));
        }
    }

    private static IndexedPost indexed(long id, long artist, String caption, Instant at) {
        return new IndexedPost(id, artist, Platform.X, at, Set.of(), false, false, caption, List.of(), List.of());
    }

    /** The store's id and search generation, read with plain JDBC. */
    private StoreStamp stamp() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + SearchStore.base(dir).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT store_id, generation FROM search_generation")) {
            rs.next();
            return new StoreStamp(rs.getString(1), rs.getLong(2));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
