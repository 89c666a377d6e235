package app.backline.persistence;

import app.backline.persistence.entity.IngestRunEntity;
import app.backline.persistence.entity.IngestRunEntity.State;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;

/**
 * Moves {@code ingest_run} rows through their states, each in a short transaction of its own, and undoes
 * what a run created when its ingest did not commit. See V5__ingest_journal.sql for why.
 */
final class IngestJournal {

    private final SessionFactory sessions;
    private final Clock clock;
    private final SearchChanges search;
    private final StoreEngine engine;

    IngestJournal(SessionFactory sessions, Clock clock, SearchChanges search, StoreEngine engine) {
        this.sessions = sessions;
        this.engine = engine;
        this.clock = clock;
        this.search = search;
    }

    /** Commits a RUNNING row for a batch whose artist and account are resolved; returns its id. */
    long start(AccountResolver.Resolved who) {
        return sessions.fromTransaction(s -> {
            IngestRunEntity run = IngestRunEntity.start(who.artistId(), who.accountId(), who.createdArtist(),
                    who.createdAccount(), clock.instant());
            s.persist(run);
            return run.id();
        });
    }

    /** Commits a RUNNING row for one sync page of an existing account; returns its id. */
    long startSyncPage(long artistId, long accountId) {
        return sessions.fromTransaction(s -> {
            IngestRunEntity run = IngestRunEntity.startSyncPage(artistId, accountId, clock.instant());
            s.persist(run);
            return run.id();
        });
    }

    /** Forces the committed ingest to disk, then marks its run VERIFIED: from now on a crash cannot undo it. */
    void verify(long runId) {
        engine.forceCommits(sessions);
        sessions.inTransaction(s -> {
            IngestRunEntity run = s.find(IngestRunEntity.class, runId);
            run.finish(State.VERIFIED, run.added(), clock.instant());
        });
    }

    /**
     * Drops the row of a committed sync page that inserted nothing: no post refers to it and there is nothing a
     * crash could leave half-done, so quiet polls do not grow the journal by a row every few minutes.
     */
    void discard(long runId) {
        sessions.inTransaction(s -> s.createMutationQuery("delete from IngestRunEntity r where r.id = :r "
                + "and r.added = 0").setParameter("r", runId).executeUpdate());
    }

    /**
     * Runs the run's write transaction; when it fails, records the rollback ({@link #rolledBack}) and rethrows,
     * with a failure of that bookkeeping attached as suppressed.
     */
    <T> T undoneOnFailure(long runId, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            try {
                rolledBack(runId);
            } catch (RuntimeException undoFailed) {
                e.addSuppressed(undoFailed);
            }
            throw e;
        }
    }

    /** The ingest rolled back: removes the artist and account the run created if they are empty, marks the run. */
    void rolledBack(long runId) {
        undo(runId, State.ROLLED_BACK);
    }

    /**
     * Removes every post the run inserted, then the account and artist it created when they are left empty,
     * recounts the artist's posts, and marks the run.
     */
    void undo(long runId, State finalState) {
        List<Long> removed = new ArrayList<>();
        long generation = sessions.fromTransaction(s -> {
            IngestRunEntity run = s.find(IngestRunEntity.class, runId);
            removed.addAll(s.createSelectionQuery("select p.id from PostEntity p where p.ingestRunId = :r", Long.class)
                    .setParameter("r", runId).getResultList());
            s.createMutationQuery("delete from MediaItemEntity m where m.postId in "
                    + "(select p.id from PostEntity p where p.ingestRunId = :r)").setParameter("r", runId).executeUpdate();
            s.createMutationQuery("delete from PostEntity p where p.ingestRunId = :r").setParameter("r", runId)
                    .executeUpdate();
            if (run.createdAccount()) {
                s.createMutationQuery("delete from AccountEntity a where a.id = :a and not exists "
                        + "(select 1 from PostEntity p where p.accountId = :a)").setParameter("a", run.accountId())
                        .executeUpdate();
            }
            if (run.createdArtist()) {
                s.createMutationQuery("delete from ArtistEntity a where a.id = :a and not exists "
                        + "(select 1 from AccountEntity c where c.artistId = :a) and not exists "
                        + "(select 1 from PostEntity p where p.artistId = :a)").setParameter("a", run.artistId())
                        .executeUpdate();
            }
            recount(s, run.artistId());
            run.finish(finalState, 0, clock.instant());
            return removed.isEmpty() ? 0L : SearchGeneration.bump(s);
        });
        if (generation > 0) {
            search.removed(generation, removed);
        }
    }

    static void recount(org.hibernate.Session s, long artistId) {
        s.createMutationQuery("update ArtistEntity a set a.postCount = "
                        + "(select count(p) from PostEntity p where p.artistId = :a) where a.id = :a")
                .setParameter("a", artistId).executeUpdate();
    }
}
