package app.backline.persistence;

import app.backline.domain.MediaType;
import app.backline.persistence.entity.MediaCacheEntity;
import app.backline.persistence.repository.CachedMedia;
import app.backline.persistence.repository.MediaCacheRepository;
import app.backline.persistence.repository.MediaFetch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** {@link MediaCacheRepository} over Hibernate: short transactions, updates by query. */
final class HibernateMediaCacheRepository implements MediaCacheRepository {

    private static final int IN_CHUNK = 500;
    private static final int ERROR_CHARS = 300;

    private final SessionFactory sessions;

    HibernateMediaCacheRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<MediaFetch> due(Instant now, int limit) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "select m.id, m.remoteUrl, m.fetchAttempts, p.postedAt from MediaItemEntity m, PostEntity p"
                                + " where p.id = m.postId and m.localPath is null and m.remoteUrl is not null"
                                + " and m.mediaType <> :text and (m.nextFetchAt is null or m.nextFetchAt <= :now)"
                                + " order by p.postedAt desc, m.postId desc, m.position", Object[].class)
                .setParameter("text", MediaType.TEXT).setParameter("now", now).setMaxResults(limit)
                .getResultList().stream()
                .map(r -> new MediaFetch((Long) r[0], (String) r[1], (Integer) r[2], (Instant) r[3])).toList());
    }

    @Override
    public Optional<CachedMedia> find(String urlKey) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(MediaCacheEntity.class, urlKey))
                .map(HibernateMediaCacheRepository::toRecord));
    }

    @Override
    public void stored(long mediaId, CachedMedia file, Instant fetchedAt) {
        sessions.inTransaction(s -> {
            MediaCacheEntity entry = s.find(MediaCacheEntity.class, file.urlKey());
            if (entry == null) {
                s.persist(new MediaCacheEntity(file.urlKey(), file.localPath(), file.bytes(), fetchedAt,
                        file.lastAccess()));
            } else {
                repoint(s, entry.localPath(), file.localPath());
                entry.replace(file.localPath(), file.bytes(), fetchedAt, file.lastAccess());
            }
            link(s, mediaId, file.localPath());
        });
    }

    @Override
    public void linked(long mediaId, String localPath) {
        sessions.inTransaction(s -> link(s, mediaId, localPath));
    }

    @Override
    public void failed(long mediaId, int attempts, Instant retryAt, String error) {
        String cut = error == null || error.length() <= ERROR_CHARS ? error : error.substring(0, ERROR_CHARS);
        sessions.inTransaction(s -> s.createMutationQuery("update MediaItemEntity m set m.fetchAttempts = :a,"
                        + " m.nextFetchAt = :at, m.fetchError = :e where m.id = :id and m.localPath is null")
                .setParameter("a", attempts).setParameter("at", retryAt).setParameter("e", cut)
                .setParameter("id", mediaId).executeUpdate());
    }

    @Override
    public void touched(Collection<String> localPaths, Instant at) {
        List<String> all = new ArrayList<>(localPaths);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            sessions.inTransaction(s -> s.createMutationQuery(
                            "update MediaCacheEntity c set c.lastAccessAt = :at where c.localPath in (:paths)")
                    .setParameter("at", at).setParameter("paths", chunk).executeUpdate());
        }
    }

    @Override
    public long totalBytes() {
        return sessions.fromSession(s -> s.createSelectionQuery(
                "select coalesce(sum(c.bytes), 0) from MediaCacheEntity c", Long.class).getSingleResult());
    }

    @Override
    public List<CachedMedia> leastRecentlyUsed(int limit) {
        return sessions.fromSession(s -> s.createSelectionQuery(
                        "from MediaCacheEntity c order by c.lastAccessAt, c.urlKey", MediaCacheEntity.class)
                .setMaxResults(limit).getResultList().stream().map(HibernateMediaCacheRepository::toRecord).toList());
    }

    @Override
    public List<CachedMedia> all() {
        return sessions.fromSession(s -> s.createSelectionQuery("from MediaCacheEntity c", MediaCacheEntity.class)
                .getResultList().stream().map(HibernateMediaCacheRepository::toRecord).toList());
    }

    @Override
    public int evicted(CachedMedia file) {
        return sessions.fromTransaction(s -> {
            s.createMutationQuery("delete from MediaCacheEntity c where c.urlKey = :k")
                    .setParameter("k", file.urlKey()).executeUpdate();
            return s.createMutationQuery("update MediaItemEntity m set m.localPath = null where m.localPath = :p")
                    .setParameter("p", file.localPath()).executeUpdate();
        });
    }

    private static void link(Session s, long mediaId, String localPath) {
        s.createMutationQuery("update MediaItemEntity m set m.localPath = :p, m.fetchAttempts = 0,"
                        + " m.nextFetchAt = null, m.fetchError = null where m.id = :id and m.localPath is null")
                .setParameter("p", localPath).setParameter("id", mediaId).executeUpdate();
    }

    private static void repoint(Session s, String from, String to) {
        if (!from.equals(to)) {
            s.createMutationQuery("update MediaItemEntity m set m.localPath = :to where m.localPath = :from")
                    .setParameter("to", to).setParameter("from", from).executeUpdate();
        }
    }

    private static CachedMedia toRecord(MediaCacheEntity e) {
        return new CachedMedia(e.urlKey(), e.localPath(), e.bytes(), e.lastAccessAt());
    }
}
