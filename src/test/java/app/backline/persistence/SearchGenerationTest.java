package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.CancelledException;
import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.repository.IndexedPost;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.MetricsLadder;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.PostIndexSource.StoreStamp;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import app.backline.testing.Drafts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write that changes what the search index holds raises the store's search generation by one in its own
 * transaction and hands the index its posts after the commit; writes that change nothing searchable hand over
 * nothing. The index reads the committed rows back through its source.
 */
class SearchGenerationTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Database open(RecordingIndex index) {
        return Database.open(dir.resolve("store/backline"), Clock.systemUTC(), index);
    }

    private static IngestResult ingest(Database db, List<PostDraft> drafts) {
        return db.posts().ingest(new IngestBatch(ArtistRef.byName("Ada"), new AccountIdentity(Platform.X, "42", "ada",
                null), ConnectionType.IMPORT, drafts), Progress.NONE);
    }

    @Test
    void eachWriteThatChangesPostsTakesTheNextGeneration() {
        RecordingIndex index = new RecordingIndex();
        try (Database db = open(index)) {
            List<PostDraft> two = List.of(Drafts.post(Platform.X, "1", "one", T0),
                    Drafts.post(Platform.X, "2", "two", T0.plusSeconds(1)));
            long artist = ingest(db, two).artistId();
            ingest(db, two);
            ingest(db, List.of(Drafts.post(Platform.X, "1", "one, edited", T0)));
            long post = db.posts().page(artist, PostFilter.all(), null, 10).posts().get(0).id();
            db.posts().setTagsManually(post, Set.of(Tag.SHOW));
            assertThrows(CancelledException.class, () -> db.posts().ingest(new IngestBatch(ArtistRef.byName("Bo"),
                    new AccountIdentity(Platform.X, "7", "bo", null), ConnectionType.IMPORT,
                    List.of(Drafts.post(Platform.X, "9", "nine", T0))), cancelled()));
            db.artists().delete(artist);

            assertEquals(List.of("written 1 2", "written 2 1", "written 3 1", "artistRemoved 4"), index.calls);
            assertEquals(4, index.source.stamp().generation());
        }
        assertEquals("closed", index.calls.get(index.calls.size() - 1), "the store closes its index");
    }

    @Test
    void syncPagesHandOverWhatTheyAddedOrChanged() {
        RecordingIndex index = new RecordingIndex();
        try (Database db = open(index)) {
            SyncAccount account = db.syncAccounts().createLive(new NewLiveAccount(ArtistRef.byName("Mila"),
                    Platform.X, ConnectionType.MANUAL, "42", "mila", null, null, "…wxyz", null),
                    id -> new SealedTokens("v1:x", null));
            PostDraft post = Drafts.post(Platform.X, "5", "live now", T0);
            db.syncPosts().writePage(account.id(), List.of(post), MetricsLadder.standard(), T0);
            db.syncPosts().writePage(account.id(), List.of(post), MetricsLadder.standard(), T0);
            db.syncPosts().writePage(account.id(), List.of(Drafts.withMetrics(post, new Metrics(9L, 1L, 1L, null))),
                    MetricsLadder.standard(), T0);

            assertEquals(List.of("written 1 1", "written 2 1"), index.calls);
        }
    }

    @Test
    void theSourceReadsCommittedRowsAndTheStoreKeepsItsIdentity() {
        RecordingIndex index = new RecordingIndex();
        String storeId;
        try (Database db = open(index)) {
            PostDraft reply = Drafts.reply(Drafts.post(Platform.X, "1", "Thanks @Fan_1 #Tour", T0));
            ingest(db, List.of(new PostDraft(reply.platform(), reply.externalPostId(), reply.permalink(),
                    reply.caption(), reply.mediaType(), reply.postedAt().plusNanos(123_456_000), reply.metrics(),
                    new app.backline.domain.CaptionEntities(List.of("Tour"), List.of("Fan_1"), List.of()),
                    true, false, null, null, reply.ingestSource(), List.of(), Set.of(Tag.SHOW), null)));
            StoreStamp stamp = index.source.stamp();
            storeId = stamp.storeId();
            assertNotNull(storeId);
            List<IndexedPost> all = index.source.after(0, 10);
            assertEquals(1, all.size());
            IndexedPost p = all.get(0);
            assertEquals(List.of(p), index.source.byIds(List.of(p.id(), 999_999L)));
            assertEquals(Set.of(Tag.SHOW), p.tags());
            assertTrue(p.reply());
            assertEquals(List.of("Tour"), p.hashtags());
            assertEquals(List.of("Fan_1"), p.mentions());
            assertEquals(T0.plusNanos(123_456_000), p.postedAt());
            assertEquals(1, index.source.postCount());
            assertEquals(List.of(), index.source.after(p.id(), 10));
        }
        RecordingIndex again = new RecordingIndex();
        try (Database db = open(again)) {
            assertEquals(new StoreStamp(storeId, 1), again.source.stamp());
        }
    }

    private static Progress cancelled() {
        return new Progress() {
            @Override
            public void report(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
    }
}
