package app.backline.persistence;

import app.backline.domain.AccountIdentity;
import app.backline.domain.ConnectionState;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncAccountRepository;
import app.backline.persistence.repository.SyncEnd;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.hibernate.SessionFactory;
import org.hibernate.query.MutationQuery;

/** {@link SyncAccountRepository} over Hibernate; state changes are single compare-and-set UPDATEs. */
final class HibernateSyncAccountRepository implements SyncAccountRepository {

    private static final String ROWS = "select a, ar.name from AccountEntity a, ArtistEntity ar where ar.id = a.artistId";

    private final SessionFactory sessions;
    private final LiveAccounts live;
    private final StoreEngine engine;

    HibernateSyncAccountRepository(SessionFactory sessions, Clock clock, StoreEngine engine) {
        this.sessions = sessions;
        this.engine = engine;
        this.live = new LiveAccounts(clock);
    }

    @Override
    public List<SyncAccount> findAll(Long artistId) {
        String hql = ROWS + (artistId == null ? "" : " and a.artistId = :artist")
                + " order by ar.nameKey, a.platform, a.handle, a.id";
        return sessions.fromSession(s -> {
            var query = s.createSelectionQuery(hql, Object[].class);
            if (artistId != null) {
                query.setParameter("artist", artistId);
            }
            return query.getResultList().stream()
                    .map(r -> ((AccountEntity) r[0]).toSyncAccount((String) r[1])).toList();
        });
    }

    @Override
    public Optional<SyncAccount> find(long accountId) {
        return sessions.fromSession(s -> s.createSelectionQuery(ROWS + " and a.id = :id", Object[].class)
                .setParameter("id", accountId).uniqueResultOptional()
                .map(r -> ((AccountEntity) r[0]).toSyncAccount((String) r[1])));
    }

    @Override
    public Optional<SealedTokens> sealedTokens(long accountId) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(AccountEntity.class, accountId))
                .map(AccountEntity::sealedTokens));
    }

    @Override
    public SyncAccount createLive(NewLiveAccount account, LongFunction<SealedTokens> seal) {
        return sessions.fromTransaction(s -> live.create(s, account, seal));
    }

    @Override
    public boolean removeLive(long accountId) {
        return sessions.fromTransaction(s -> live.remove(s, accountId));
    }

    @Override
    public boolean beginSync(long accountId, ConnectionState expected, Instant at) {
        return update("update AccountEntity a set a.connectionState = :next, a.live.previousState = :expected, "
                + "a.live.stateChangedAt = :at where a.id = :id and a.connectionState = :expected", q -> q
                .setParameter("next", ConnectionState.SYNCING).setParameter("expected", expected)
                .setParameter("at", at).setParameter("id", accountId)) == 1;
    }

    @Override
    public boolean endSync(long accountId, SyncEnd end) {
        String failures = switch (end.failures()) {
            case RESET -> ", a.live.consecutiveFailures = 0";
            case INCREMENT -> ", a.live.consecutiveFailures = a.live.consecutiveFailures + 1";
            case KEEP -> "";
        };
        String hql = "update AccountEntity a set a.connectionState = :next, a.lastError = :error, "
                + "a.live.stateChangedAt = :at, a.live.nextSyncAt = :nextAt, a.live.previousState = null"
                + (end.synced() ? ", a.lastSyncedAt = :at" : "") + failures
                + " where a.id = :id and a.connectionState = :syncing";
        return update(hql, q -> q.setParameter("next", end.state()).setParameter("error", end.lastError())
                .setParameter("at", end.at()).setParameter("nextAt", end.nextSyncAt())
                .setParameter("id", accountId).setParameter("syncing", ConnectionState.SYNCING)) == 1;
    }

    @Override
    public boolean compareAndSet(long accountId, ConnectionState expected, ConnectionState next, String lastError,
                                 Instant at) {
        if (expected == ConnectionState.SYNCING || next == ConnectionState.SYNCING) {
            throw new IllegalArgumentException("use beginSync / endSync for SYNCING");
        }
        return update("update AccountEntity a set a.connectionState = :next, a.lastError = :error, "
                + "a.live.stateChangedAt = :at where a.id = :id and a.connectionState = :expected", q -> q
                .setParameter("next", next).setParameter("error", lastError).setParameter("at", at)
                .setParameter("id", accountId).setParameter("expected", expected)) == 1;
    }

    @Override
    public int restoreInterrupted(Instant at) {
        List<SyncAccount> stuck = findAll(null).stream().filter(a -> a.state() == ConnectionState.SYNCING).toList();
        int restored = 0;
        for (SyncAccount a : stuck) {
            ConnectionState back = a.previousState() != null ? a.previousState()
                    : a.backfillComplete() ? ConnectionState.READY : ConnectionState.PENDING;
            SyncEnd end = new SyncEnd(back, a.account().lastError(), false, SyncEnd.Failures.KEEP, a.nextSyncAt(), at);
            restored += endSync(a.id(), end) ? 1 : 0;
        }
        return restored;
    }

    @Override
    public void saveProfile(long accountId, String externalUserId, String handle, String profileUrl) {
        sessions.inTransaction(s -> {
            AccountEntity row = s.find(AccountEntity.class, accountId);
            if (row != null) {
                row.fillUnknown(new AccountIdentity(row.platform(), externalUserId, handle, profileUrl));
            }
        });
    }

    @Override
    public void saveBackfill(long accountId, String cursor, boolean complete, String newestPostId,
                             Instant newestPostAt) {
        String newest = newestPostId == null ? "" : ", a.live.newestPostId = :nid, a.live.newestPostAt = :nat";
        update("update AccountEntity a set a.live.backfillCursor = :cursor, a.live.backfillComplete = :complete"
                + newest + " where a.id = :id", q -> {
                    q.setParameter("cursor", cursor).setParameter("complete", complete).setParameter("id", accountId);
                    if (newestPostId != null) {
                        q.setParameter("nid", newestPostId).setParameter("nat", newestPostAt);
                    }
                    return q;
                });
        // without this a kill -9 right after the page could lose the cursor on H2 (not the posts, whose journal
        // already forced them out), and the restart would fetch that page again
        engine.forceCommits(sessions);
    }

    @Override
    public void saveNewest(long accountId, String newestPostId, Instant newestPostAt) {
        update("update AccountEntity a set a.live.newestPostId = :nid, a.live.newestPostAt = :nat where a.id = :id",
                q -> q.setParameter("nid", newestPostId).setParameter("nat", newestPostAt).setParameter("id", accountId));
    }

    @Override
    public void scheduleNext(long accountId, Instant nextSyncAt) {
        update("update AccountEntity a set a.live.nextSyncAt = :t where a.id = :id",
                q -> q.setParameter("t", nextSyncAt).setParameter("id", accountId));
    }

    @Override
    public boolean setPaused(long accountId, boolean paused) {
        return update("update AccountEntity a set a.live.paused = :p where a.id = :id",
                q -> q.setParameter("p", paused).setParameter("id", accountId)) == 1;
    }

    @Override
    public boolean claimNotice(long accountId, Instant at, Instant notBefore) {
        return update("update AccountEntity a set a.live.lastNoticeAt = :at where a.id = :id "
                        + "and (a.live.lastNoticeAt is null or a.live.lastNoticeAt <= :notBefore)",
                q -> q.setParameter("at", at).setParameter("id", accountId).setParameter("notBefore", notBefore)) == 1;
    }

    private int update(String hql, java.util.function.UnaryOperator<MutationQuery> bind) {
        return sessions.fromTransaction(s -> bind.apply(s.createMutationQuery(hql)).executeUpdate());
    }
}
