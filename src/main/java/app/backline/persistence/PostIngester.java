package app.backline.persistence;

import app.backline.common.DiskFull;
import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.ExternalIds;
import app.backline.domain.Media;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.IngestRunEntity;
import app.backline.persistence.entity.MediaItemEntity;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.entity.PostMapper;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    PostIngester(SessionFactory sessions, Clock clock, IngestJournal journal) {
        this.sessions = sessions;
        this.clock = clock;
        this.accounts = new AccountResolver(clock);
        this.journal = journal;
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
            IngestResult result = writeOrUndo(who, runId, batch, progress);
            journal.verify(runId);
            return result;
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw new UserFacingException("The disk is full: nothing was saved. Free some space and try again", e);
            }
            throw e;
        }
    }

    private IngestResult writeOrUndo(AccountResolver.Resolved who, long runId, IngestBatch batch, Progress progress) {
        try {
            return sessions.fromTransaction(s -> write(s, who, runId, batch, progress));
        } catch (RuntimeException e) {
            try {
                journal.rolledBack(runId);
            } catch (RuntimeException undoFailed) {
                e.addSuppressed(undoFailed);
            }
            throw e;
        }
    }

    private IngestResult write(Session s, AccountResolver.Resolved who, long runId, IngestBatch batch,
                               Progress progress) {
        Instant now = clock.instant();
        long artistId = who.artistId();
        long accountId = who.accountId();
        Counts counts = new Counts(runId);
        List<PostDraft> drafts = batch.posts();
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            progress.checkCancelled();
            List<PostDraft> chunk = drafts.subList(from, Math.min(drafts.size(), from + CHUNK));
            writeChunk(s, artistId, accountId, chunk, now, counts);
            s.flush();
            s.clear();
            progress.report(from + chunk.size(), drafts.size(), "Saving posts");
        }
        progress.checkCancelled();
        accounts.finish(s, accountId, batch.connectionType(), now);
        IngestJournal.recount(s, artistId);
        s.find(IngestRunEntity.class, runId).finish(IngestRunEntity.State.COMMITTED, counts.added, now);
        return new IngestResult(artistId, accountId, counts.added, counts.updated, counts.unchanged);
    }

    private void writeChunk(Session s, long artistId, long accountId, List<PostDraft> chunk, Instant now,
                            Counts counts) {
        Map<String, PostDraft> byId = new LinkedHashMap<>();
        for (PostDraft d : chunk) {
            String id = d.externalPostId() != null ? d.externalPostId()
                    : ExternalIds.archiveDerived(accountId, d.postedAt());
            byId.put(id, d);
        }
        Map<String, PostEntity> existing = existing(s, chunk.get(0), byId);
        Map<Long, List<Media>> existingMedia = media(s, existing);
        for (Map.Entry<String, PostDraft> entry : byId.entrySet()) {
            PostDraft draft = entry.getValue();
            PostEntity row = existing.get(entry.getKey());
            if (row == null) {
                row = PostMapper.newEntity(artistId, accountId, entry.getKey(), draft, now, counts.runId);
                s.persist(row);
                writeMedia(s, row.id(), draft.media());
                counts.added++;
                continue;
            }
            boolean changed = PostMapper.apply(row, draft, now);
            List<Media> oldMedia = existingMedia.getOrDefault(row.id(), List.of());
            List<Media> newMedia = MediaMerge.keepLocalCopies(oldMedia, draft.media());
            if (!newMedia.equals(oldMedia)) {
                s.createMutationQuery("delete from MediaItemEntity m where m.postId = :p")
                        .setParameter("p", row.id()).executeUpdate();
                writeMedia(s, row.id(), newMedia);
                changed = true;
            }
            if (changed) {
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        }
    }

    private static Map<String, PostEntity> existing(Session s, PostDraft sample, Map<String, PostDraft> byId) {
        Map<String, PostEntity> out = new HashMap<>();
        s.createSelectionQuery("from PostEntity p where p.platform = :pf and p.externalPostId in (:ids)",
                        PostEntity.class)
                .setParameter("pf", sample.platform()).setParameter("ids", List.copyOf(byId.keySet()))
                .getResultList().forEach(p -> out.put(p.externalPostId(), p));
        return out;
    }

    private static Map<Long, List<Media>> media(Session s, Map<String, PostEntity> existing) {
        Map<Long, List<Media>> out = new HashMap<>();
        if (existing.isEmpty()) {
            return out;
        }
        List<Long> ids = existing.values().stream().map(PostEntity::id).toList();
        s.createSelectionQuery("from MediaItemEntity m where m.postId in (:ids) order by m.postId, m.position",
                        MediaItemEntity.class).setParameter("ids", ids).getResultList()
                .forEach(m -> out.computeIfAbsent(m.postId(), k -> new ArrayList<>()).add(m.toDomain()));
        return out;
    }

    private static void writeMedia(Session s, long postId, List<Media> media) {
        for (int i = 0; i < media.size(); i++) {
            s.persist(MediaItemEntity.of(postId, i, media.get(i)));
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
