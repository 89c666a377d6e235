package app.backline.persistence;

import app.backline.common.Progress;
import app.backline.common.UserFacingException;
import app.backline.domain.ExternalIds;
import app.backline.domain.Media;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.ArtistEntity;
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

    PostIngester(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        this.accounts = new AccountResolver(clock);
    }

    /** @throws UserFacingException when the disk is full; the transaction is rolled back either way */
    IngestResult ingest(IngestBatch batch, Progress progress) {
        try {
            return sessions.fromTransaction(s -> write(s, batch, progress));
        } catch (RuntimeException e) {
            if (StoreErrors.isDiskFull(e)) {
                throw new UserFacingException("The disk is full: nothing was saved. Free some space and try again", e);
            }
            throw e;
        }
    }

    private IngestResult write(Session s, IngestBatch batch, Progress progress) {
        Instant now = clock.instant();
        long artistId = accounts.artist(s, batch.artist()).id();
        long accountId = accounts.account(s, artistId, batch.account(), batch.connectionType()).id();
        Counts counts = new Counts();
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
        s.createMutationQuery("update ArtistEntity a set a.postCount = "
                        + "(select count(p) from PostEntity p where p.artistId = :a) where a.id = :a")
                .setParameter("a", artistId).executeUpdate();
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
                row = PostMapper.newEntity(artistId, accountId, entry.getKey(), draft, now);
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
        int added;
        int updated;
        int unchanged;
    }
}
