package app.backline.persistence;

import app.backline.common.DiskFull;
import app.backline.common.UserFacingException;
import app.backline.domain.Metrics;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.IngestRunEntity;
import app.backline.persistence.entity.MetricsSnapshotEntity;
import app.backline.persistence.repository.AccountGoneException;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.MetricsLadder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Writes one sync page through the ingest journal (V5): a RUNNING run row first, the page in one
 * transaction whose new posts carry the run id, then a checkpoint before the run is VERIFIED. A crash
 * anywhere in between is undone at the next open, and the engine fetches the page again from its last
 * saved cursor: no partial page, no twin rows.
 */
final class SyncPageWriter {

    private static final int CHUNK = 500;

    private final SessionFactory sessions;
    private final IngestJournal journal;
    private final SearchChanges search;

    SyncPageWriter(SessionFactory sessions, IngestJournal journal, SearchChanges search) {
        this.sessions = sessions;
        this.journal = journal;
        this.search = search;
    }

    IngestResult write(long accountId, List<PostDraft> drafts, MetricsLadder ladder, Instant now) {
        long artistId = sessions.fromSession(s -> account(s, accountId).artistId());
        if (drafts.isEmpty()) {
            return new IngestResult(artistId, accountId, 0, 0, 0);
        }
        try {
            long runId = journal.startSyncPage(artistId, accountId);
            IndexedWrites indexed = search.batch();
            IngestResult result = journal.undoneOnFailure(runId,
                    () -> sessions.fromTransaction(s -> writePage(s, runId, accountId, drafts, ladder, now, indexed)));
            indexed.publish();
            if (result.added() > 0) {
                journal.verify(runId);
            } else {
                journal.discard(runId);
            }
            return result;
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw new UserFacingException("The disk is full: the sync could not save posts. Free some space", e);
            }
            throw e;
        }
    }

    private static IngestResult writePage(Session s, long runId, long accountId, List<PostDraft> drafts,
                                          MetricsLadder ladder, Instant now, IndexedWrites indexed) {
        AccountEntity account = account(s, accountId);
        long artistId = account.artistId();
        ArchiveMatcher.adopt(s, account, drafts);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            List<PostDraft> chunk = drafts.subList(from, Math.min(drafts.size(), from + CHUNK));
            List<Long> refreshedNew = new ArrayList<>();
            for (PostUpserter.Upserted u : PostUpserter.upsert(s, artistId, accountId, chunk, now, runId, true)) {
                added += u.added() ? 1 : 0;
                updated += !u.added() && u.changed() ? 1 : 0;
                unchanged += u.changed() ? 0 : 1;
                if (snapshotIfDue(s, u, ladder, now) && u.added()) {
                    refreshedNew.add(u.row().id());
                }
                indexed.add(u);
            }
            if (!refreshedNew.isEmpty()) {
                // new rows are not attached to the session: their refresh time is written here
                s.createMutationQuery("update PostEntity p set p.metricsRefreshedAt = :now where p.id in (:ids)")
                        .setParameter("now", now).setParameter("ids", refreshedNew).executeUpdate();
            }
        }
        if (added > 0) {
            IngestJournal.recount(s, artistId);
        }
        s.find(IngestRunEntity.class, runId).finish(IngestRunEntity.State.COMMITTED, added, now);
        indexed.seal(s);
        return new IngestResult(artistId, accountId, added, updated, unchanged);
    }

    /** A page brings fresh counts: they are the ladder's refresh for the posts that are due. */
    /** @return whether a snapshot was taken (the row's refresh time is then {@code now}) */
    private static boolean snapshotIfDue(Session s, PostUpserter.Upserted u, MetricsLadder ladder, Instant now) {
        var row = u.row();
        Metrics m = row.metrics();
        if (!m.equals(Metrics.NONE) && ladder.due(row.postedAt(), row.metricsRefreshedAt(), now)) {
            s.persist(MetricsSnapshotEntity.of(row.id(), m, now));
            row.metricsRefreshed(now);
            return true;
        }
        return false;
    }

    private static AccountEntity account(Session s, long accountId) {
        AccountEntity account = s.find(AccountEntity.class, accountId);
        if (account == null) {
            throw new AccountGoneException(accountId);
        }
        return account;
    }
}
