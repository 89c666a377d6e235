package app.backline.persistence;

import app.backline.common.DiskFull;
import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.IngestRunEntity;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Writes one {@link IngestBatch} in one transaction: artist and account resolved or created, posts
 * upserted by (platform, externalPostId) in chunks, the artist's post count refreshed. A cancel or any
 * failure rolls the whole batch back.
 */
final class PostIngester {

    private static final int CHUNK = 500;

    private final SessionFactory sessions;
    private final Clock clock;
    private final AccountResolver accounts;
    private final IngestJournal journal;
    private final SearchChanges search;

    PostIngester(SessionFactory sessions, Clock clock, IngestJournal journal, SearchChanges search) {
        this.sessions = sessions;
        this.clock = clock;
        this.accounts = new AccountResolver(clock);
        this.journal = journal;
        this.search = search;
    }

    /**
     * Resolves artist and account and journals the run (short transactions), writes the posts (one
     * transaction), then makes the commit durable. A failure or cancel rolls the posts back and removes
     * an artist or account the run created.
     *
     * @throws UserFacingException when the disk is full
     */
    IngestResult ingest(IngestBatch batch, Progress progress) {
        try {
            AccountResolver.Resolved who = sessions.fromTransaction(s -> accounts.resolve(s, batch));
            long runId = journal.start(who);
            IndexedWrites indexed = search.batch();
            IngestResult result = journal.undoneOnFailure(runId,
                    () -> sessions.fromTransaction(s -> write(s, who, runId, batch, progress, indexed)));
            indexed.publish();
            journal.verify(runId);
            return result;
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw new UserFacingException("The disk is full: nothing was saved. Free some space and try again", e);
            }
            throw e;
        }
    }

    private IngestResult write(Session s, AccountResolver.Resolved who, long runId, IngestBatch batch,
                               Progress progress, IndexedWrites indexed) {
        Instant now = clock.instant();
        long artistId = who.artistId();
        long accountId = who.accountId();
        Counts counts = new Counts(runId);
        List<PostDraft> drafts = batch.posts();
        PreparedChunks chunks = new PreparedChunks(drafts, CHUNK, batch.prepare());
        try {
            for (int from = 0; from < drafts.size(); from += CHUNK) {
                progress.checkCancelled();
                List<PostDraft> chunk = chunks.take(from);
                writeChunk(s, artistId, accountId, chunk, now, counts, indexed);
                s.flush();
                s.clear();
                progress.report(from + chunk.size(), drafts.size(), "Saving posts");
            }
        } finally {
            chunks.cancel();
        }
        progress.checkCancelled();
        accounts.finish(s, accountId, batch.connectionType(), now);
        IngestJournal.recount(s, artistId);
        s.find(IngestRunEntity.class, runId).finish(IngestRunEntity.State.COMMITTED, counts.added, now);
        indexed.seal(s);
        return new IngestResult(artistId, accountId, counts.added, counts.updated, counts.unchanged);
    }

    private void writeChunk(Session s, long artistId, long accountId, List<PostDraft> chunk, Instant now,
                            Counts counts, IndexedWrites indexed) {
        for (PostUpserter.Upserted u : PostUpserter.upsert(s, artistId, accountId, chunk, now, counts.runId, false)) {
            indexed.add(u);
            if (u.added()) {
                counts.added++;
            } else if (u.changed()) {
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        }
    }

    private static final class Counts {
        final long runId;
        int added;
        int updated;
        int unchanged;

        Counts(long runId) {
            this.runId = runId;
        }
    }
}
