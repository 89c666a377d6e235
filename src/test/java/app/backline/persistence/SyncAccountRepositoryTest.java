package app.backline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.SyncMode;
import app.backline.domain.SyncRunStatus;
import app.backline.persistence.repository.DuplicateAccountException;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.MetricsLadder;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncAccountRepository;
import app.backline.persistence.repository.SyncEnd;
import app.backline.testing.Drafts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncAccountRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;
    Database db;
    private SyncAccountRepository accounts;

    @BeforeEach
    void open() {
        db = openStore();
        accounts = db.syncAccounts();
    }

    /** The store the suite runs on: an embedded H2 file here; a PostgreSQL server in the twin suite. */
    Database openStore() {
        return Database.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SyncAccount create(String artist, Platform platform, String userId, String handle) {
        return accounts.createLive(new NewLiveAccount(ArtistRef.byName(artist), platform, ConnectionType.MANUAL,
                userId, handle, null, null, "…wxyz", 7), id -> new SealedTokens("v1:sealed-" + id, null));
    }

    @Test
    void createSealsWithTheNewIdAndCreatesTheArtist() {
        SyncAccount a = create("Mila", Platform.X, "42", "mila");
        assertEquals(ConnectionState.PENDING, a.state());
        assertEquals("Mila", a.artistName());
        assertEquals("…wxyz", a.tokenHint());
        assertEquals("v1:sealed-" + a.id(), accounts.sealedTokens(a.id()).orElseThrow().access());
        assertTrue(db.artists().findByName("mila").isPresent());
        assertFalse(accounts.sealedTokens(a.id()).orElseThrow().toString().contains("sealed-"));
    }

    @Test
    void theSameAccountTwiceIsRefusedInPlainWords() {
        SyncAccount first = create("Mila", Platform.X, "42", "mila");
        DuplicateAccountException byId = assertThrows(DuplicateAccountException.class,
                () -> create("mila", Platform.X, "42", "other"));
        assertEquals("Mila already has the X account @mila connected (account " + first.id()
                + "): remove it first to connect it again", byId.getMessage());
        assertThrows(DuplicateAccountException.class, () -> create("Mila", Platform.X, null, "MILA"));
        create("Mila", Platform.INSTAGRAM, "42", "mila");
        create("Jon", Platform.X, "42", "mila");
        assertEquals(3, accounts.findAll(null).size());
        assertEquals(List.of("Jon", "Mila", "Mila"), accounts.findAll(null).stream().map(SyncAccount::artistName)
                .toList());
    }

    @Test
    void exactlyOneOfManyConcurrentCompareAndSetsWins() throws Exception {
        SyncAccount a = create("Mila", Platform.X, "42", "mila");
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> attempt = () -> {
                    go.await();
                    return accounts.beginSync(a.id(), ConnectionState.PENDING, T0);
                };
                tries.add(pool.submit(attempt));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> t : tries) {
                won += t.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdown();
        }
        SyncAccount syncing = accounts.find(a.id()).orElseThrow();
        assertEquals(ConnectionState.SYNCING, syncing.state());
        assertEquals(ConnectionState.PENDING, syncing.previousState());
        assertFalse(accounts.compareAndSet(a.id(), ConnectionState.PENDING, ConnectionState.ERROR, "x", T0));
        assertThrows(IllegalArgumentException.class,
                () -> accounts.compareAndSet(a.id(), ConnectionState.SYNCING, ConnectionState.READY, null, T0));
    }

    @Test
    void endSyncMovesOnlyOutOfSyncingAndCountsFailures() {
        SyncAccount a = create("Mila", Platform.X, "42", "mila");
        SyncEnd failed = new SyncEnd(ConnectionState.ERROR, "X is having trouble (HTTP 503)", false,
                SyncEnd.Failures.INCREMENT, T0.plusSeconds(300), T0);
        assertFalse(accounts.endSync(a.id(), failed), "not SYNCING: nothing moves");
        assertTrue(accounts.beginSync(a.id(), ConnectionState.PENDING, T0));
        assertTrue(accounts.endSync(a.id(), failed));
        SyncAccount after = accounts.find(a.id()).orElseThrow();
        assertEquals(ConnectionState.ERROR, after.state());
        assertEquals(1, after.consecutiveFailures());
        assertEquals("X is having trouble (HTTP 503)", after.account().lastError());
        assertNull(after.account().lastSyncedAt());
        assertEquals(T0.plusSeconds(300), after.nextSyncAt());
        assertNull(after.previousState());

        assertTrue(accounts.beginSync(a.id(), ConnectionState.ERROR, T0.plusSeconds(300)));
        assertTrue(accounts.endSync(a.id(), new SyncEnd(ConnectionState.READY, null, true, SyncEnd.Failures.RESET,
                T0.plusSeconds(900), T0.plusSeconds(310))));
        SyncAccount ready = accounts.find(a.id()).orElseThrow();
        assertEquals(0, ready.consecutiveFailures());
        assertEquals(T0.plusSeconds(310), ready.account().lastSyncedAt());
        assertEquals(T0.plusSeconds(310), ready.stateChangedAt());
        assertNull(ready.account().lastError());
    }

    @Test
    void accountsLeftSyncingGoBackToTheirPreviousStateAndRunningRunsAreInterrupted() {
        SyncAccount a = create("Mila", Platform.X, "42", "mila");
        SyncAccount b = create("Mila", Platform.TIKTOK, "open", "mila");
        accounts.beginSync(b.id(), ConnectionState.PENDING, T0);
        accounts.endSync(b.id(), new SyncEnd(ConnectionState.READY, null, true, SyncEnd.Failures.RESET, null, T0));
        accounts.beginSync(a.id(), ConnectionState.PENDING, T0);
        accounts.beginSync(b.id(), ConnectionState.READY, T0);
        long run = db.syncRuns().start(a.id(), a.account().artistId(), SyncMode.BACKFILL, T0);

        assertEquals(2, accounts.restoreInterrupted(T0.plusSeconds(5)));
        assertEquals(1, db.syncRuns().interruptRunning("stopped", T0.plusSeconds(5)));

        assertEquals(ConnectionState.PENDING, accounts.find(a.id()).orElseThrow().state());
        assertEquals(ConnectionState.READY, accounts.find(b.id()).orElseThrow().state());
        var recorded = db.syncRuns().find(null, a.id(), SyncRunStatus.INTERRUPTED, 10);
        assertEquals(1, recorded.size());
        assertEquals(run, recorded.get(0).id());
        assertEquals(T0.plusSeconds(5), recorded.get(0).endedAt());
    }

    @Test
    void aNoticeIsClaimedOncePerQuietPeriod() {
        SyncAccount a = create("Mila", Platform.X, "42", "mila");
        assertTrue(accounts.claimNotice(a.id(), T0, T0.minusSeconds(86_400)));
        assertFalse(accounts.claimNotice(a.id(), T0.plusSeconds(3600), T0.plusSeconds(3600 - 86_400)));
        assertTrue(accounts.claimNotice(a.id(), T0.plusSeconds(86_400), T0));
    }

    @Test
    void removingKeepsThePostsUnderTheArtistsArchiveAccount() {
        SyncAccount a = create("Mila", Platform.X, "42", "mila");
        db.syncPosts().writePage(a.id(), List.of(Drafts.post(Platform.X, "1", "one", T0)), MetricsLadder.standard(), T0);
        db.syncRuns().start(a.id(), a.account().artistId(), SyncMode.BACKFILL, T0);

        assertTrue(accounts.removeLive(a.id()));

        assertTrue(accounts.find(a.id()).isEmpty());
        assertTrue(accounts.sealedTokens(a.id()).isEmpty());
        assertEquals(List.of(), db.syncRuns().find(null, null, null, 10));
        SyncAccount archive = accounts.findAll(null).get(0);
        assertEquals(ConnectionType.IMPORT, archive.account().connectionType());
        assertEquals("mila", archive.account().handle());
        var posts = db.posts().page(a.account().artistId(), PostFilter.all(), null, 10).posts();
        assertEquals(1, posts.size());
        assertEquals(archive.id(), posts.get(0).accountId());
        assertEquals("mila", posts.get(0).handle());
        assertFalse(accounts.removeLive(a.id()));
        assertThrows(UserFacingException.class, () -> accounts.removeLive(archive.id()));
    }

    @Test
    void removingMovesPostsToAnExistingArchiveAccount() {
        db.posts().ingest(new IngestBatch(ArtistRef.byName("Mila"), new AccountIdentity(Platform.X, "42", "mila", null),
                ConnectionType.IMPORT, List.of(Drafts.post(Platform.X, "1", "archived", T0))), Progress.NONE);
        SyncAccount live = create("Mila", Platform.X, "42", "mila");
        db.syncPosts().writePage(live.id(), List.of(Drafts.post(Platform.X, "1", "archived", T0),
                Drafts.post(Platform.X, "2", "synced", T0.plusSeconds(1))), MetricsLadder.standard(), T0);
        long archiveId = accounts.findAll(null).stream()
                .filter(a -> a.account().connectionType() == ConnectionType.IMPORT).findFirst().orElseThrow().id();

        accounts.removeLive(live.id());

        assertEquals(1, accounts.findAll(null).size());
        db.posts().page(live.account().artistId(), PostFilter.all(), null, 10).posts()
                .forEach(p -> assertEquals(archiveId, p.accountId()));
    }
}
