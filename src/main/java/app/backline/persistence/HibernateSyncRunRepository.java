package app.backline.persistence;

import app.backline.domain.SyncMode;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.SyncRunEntity;
import app.backline.persistence.repository.SyncRunRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;

/** {@link SyncRunRepository} over Hibernate. */
final class HibernateSyncRunRepository implements SyncRunRepository {

    private final SessionFactory sessions;

    HibernateSyncRunRepository(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public long start(long accountId, long artistId, SyncMode mode, Instant at) {
        return sessions.fromTransaction(s -> {
            SyncRunEntity run = SyncRunEntity.start(accountId, artistId, mode, at);
            s.persist(run);
            return run.id();
        });
    }

    @Override
    public void finish(long runId, SyncRunStatus status, int added, int updated, int requests, String error,
                       Instant at) {
        sessions.inTransaction(s -> {
            SyncRunEntity run = s.find(SyncRunEntity.class, runId);
            if (run != null) { // gone when the account was removed mid-run
                run.finish(status, added, updated, requests, error, at);
            }
        });
    }

    @Override
    public int interruptRunning(String error, Instant at) {
        return sessions.fromTransaction(s -> s.createMutationQuery("update SyncRunEntity r set r.status = :to, "
                        + "r.error = :error, r.endedAt = :at where r.status = :running")
                .setParameter("to", SyncRunStatus.INTERRUPTED).setParameter("error", error).setParameter("at", at)
                .setParameter("running", SyncRunStatus.RUNNING).executeUpdate());
    }

    @Override
    public List<SyncRun> find(Long artistId, Long accountId, SyncRunStatus status, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1-10000, was " + limit);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        StringBuilder hql = new StringBuilder("select r, a, ar.name from SyncRunEntity r, AccountEntity a, "
                + "ArtistEntity ar where a.id = r.accountId and ar.id = r.artistId");
        filter(hql, filters, "r.artistId", "artist", artistId);
        filter(hql, filters, "r.accountId", "account", accountId);
        filter(hql, filters, "r.status", "status", status);
        hql.append(" order by r.startedAt desc, r.id desc");
        return sessions.fromSession(s -> {
            var query = s.createSelectionQuery(hql.toString(), Object[].class);
            filters.forEach(query::setParameter);
            return query.setMaxResults(limit).getResultList().stream()
                    .map(r -> toDomain((SyncRunEntity) r[0], (AccountEntity) r[1], (String) r[2])).toList();
        });
    }

    private static void filter(StringBuilder hql, Map<String, Object> filters, String path, String name, Object value) {
        if (value != null) {
            hql.append(" and ").append(path).append(" = :").append(name);
            filters.put(name, value);
        }
    }

    private static SyncRun toDomain(SyncRunEntity r, AccountEntity a, String artistName) {
        return new SyncRun(r.id(), r.accountId(), r.artistId(), artistName, a.platform(), a.handle(), r.mode(),
                r.startedAt(), r.endedAt(), r.status(), r.added(), r.updated(), r.requests(), r.error());
    }
}
