package app.backline.persistence;

import app.backline.domain.ExternalIds;
import app.backline.domain.Media;
import app.backline.domain.PostDraft;
import app.backline.persistence.entity.BatchInserter;
import app.backline.persistence.entity.MediaItemEntity;
import app.backline.persistence.entity.PostEntity;
import app.backline.persistence.entity.PostMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Upserts one chunk of drafts by (platform, externalPostId) inside the caller's transaction: new rows are
 * inserted with their media, stored rows get the draft's fields and metrics. Shared by archive imports
 * and sync pages.
 *
 * <p>New rows are written with JDBC batches and returned detached: a caller that changes one afterwards
 * writes the change with a query.
 *
 * <p>Media: an item without a local copy keeps the stored copy ({@link MediaMerge#keepLocalCopies}). A
 * changed remote URL alone (Instagram and TikTok sign their CDN URLs anew on every fetch) is written in
 * place but does not count as a change, so a no-change poll reports nothing updated.
 */
final class PostUpserter {

    /** What happened to one draft. */
    record Upserted(PostEntity row, PostDraft draft, boolean added, boolean changed) {
    }

    private static final BatchInserter<PostEntity> POSTS = BatchInserter.posts();
    private static final BatchInserter<MediaItemEntity> MEDIA = BatchInserter.mediaItems();

    private PostUpserter() {
    }

    /**
     * @param accountId   owner of new rows; with {@code adopt} also the new owner of stored rows (a live
     *                    account takes over the archive rows it syncs)
     * @param ingestRunId the journal row new posts carry
     */
    static List<Upserted> upsert(Session s, long artistId, long accountId, List<PostDraft> chunk, Instant now,
                                 long ingestRunId, boolean adopt) {
        Map<String, PostDraft> byId = new LinkedHashMap<>();
        for (PostDraft d : chunk) {
            byId.put(externalId(accountId, d), d);
        }
        Map<String, PostEntity> existing = existing(s, chunk.get(0), byId);
        Map<Long, List<Media>> existingMedia = media(s, existing);
        List<Upserted> out = new ArrayList<>(byId.size());
        List<PostEntity> added = new ArrayList<>();
        for (Map.Entry<String, PostDraft> entry : byId.entrySet()) {
            PostDraft draft = entry.getValue();
            PostEntity row = existing.get(entry.getKey());
            if (row == null) {
                row = PostMapper.newEntity(artistId, accountId, entry.getKey(), draft, now, ingestRunId);
                added.add(row);
                out.add(new Upserted(row, draft, true, true));
                continue;
            }
            boolean changed = PostMapper.apply(row, draft, now);
            changed |= mergeMedia(s, row.id(), existingMedia.getOrDefault(row.id(), List.of()), draft.media());
            if (adopt) {
                row.moveToAccount(accountId);
            }
            out.add(new Upserted(row, draft, false, changed));
        }
        insertNew(s, out, added);
        return out;
    }

    /**
     * New posts and their media go in as two JDBC batches (one statement per row through {@code persist} was
     * most of the ingest time); the rows come back with their ids but are not attached to the session.
     */
    private static void insertNew(Session s, List<Upserted> out, List<PostEntity> added) {
        if (added.isEmpty()) {
            return;
        }
        s.doWork(connection -> {
            POSTS.insert(connection, added);
            List<MediaItemEntity> media = new ArrayList<>();
            for (Upserted u : out) {
                if (u.added()) {
                    List<Media> items = u.draft().media();
                    for (int i = 0; i < items.size(); i++) {
                        media.add(MediaItemEntity.of(u.row().id(), i, items.get(i)));
                    }
                }
            }
            MEDIA.insert(connection, media);
        });
    }

    /** The id a draft is stored under: its own, or for archives without ids the account and posting second. */
    static String externalId(long accountId, PostDraft d) {
        return d.externalPostId() != null ? d.externalPostId() : ExternalIds.archiveDerived(accountId, d.postedAt());
    }

    /** @return whether the media changed in a way that counts (items, types or local copies) */
    private static boolean mergeMedia(Session s, long postId, List<Media> oldMedia, List<Media> incoming) {
        List<Media> newMedia = MediaMerge.keepLocalCopies(oldMedia, incoming);
        if (newMedia.equals(oldMedia)) {
            return false;
        }
        if (sameButRemoteUrls(oldMedia, newMedia)) {
            for (int i = 0; i < newMedia.size(); i++) {
                if (!Objects.equals(oldMedia.get(i).remoteUrl(), newMedia.get(i).remoteUrl())) {
                    s.createMutationQuery("update MediaItemEntity m set m.remoteUrl = :u "
                                    + "where m.postId = :p and m.position = :i")
                            .setParameter("u", newMedia.get(i).remoteUrl()).setParameter("p", postId)
                            .setParameter("i", i).executeUpdate();
                }
            }
            return false;
        }
        s.createMutationQuery("delete from MediaItemEntity m where m.postId = :p").setParameter("p", postId)
                .executeUpdate();
        writeMedia(s, postId, newMedia);
        return true;
    }

    private static boolean sameButRemoteUrls(List<Media> a, List<Media> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).type() != b.get(i).type() || !Objects.equals(a.get(i).localPath(), b.get(i).localPath())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stored rows among {@code byId}, attached to the session for updating. Which ids exist is asked
     * with plain JDBC first: an archive import is mostly new posts, and Hibernate translating a 500-value IN
     * list on every chunk cost more than the lookup itself.
     */
    private static Map<String, PostEntity> existing(Session s, PostDraft sample, Map<String, PostDraft> byId) {
        List<Long> ids = s.doReturningWork(c -> storedIds(c, sample.platform().name(), List.copyOf(byId.keySet())));
        Map<String, PostEntity> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        s.createSelectionQuery("from PostEntity p where p.id in (:ids)", PostEntity.class)
                .setParameter("ids", ids).getResultList().forEach(p -> out.put(p.externalPostId(), p));
        return out;
    }

    private static List<Long> storedIds(java.sql.Connection c, String platform, List<String> externalIds)
            throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>();
        String marks = String.join(", ", java.util.Collections.nCopies(externalIds.size(), "?"));
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "select id from post where platform = ? and external_post_id in (" + marks + ")")) {
            ps.setString(1, platform);
            for (int i = 0; i < externalIds.size(); i++) {
                ps.setString(i + 2, externalIds.get(i));
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
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
}
