package app.backline.persistence;

import app.backline.common.UserFacingException;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.ArtistEntity;
import app.backline.persistence.repository.DuplicateAccountException;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.hibernate.Session;

/** Adding and removing live connections, each in one transaction of the caller's session. */
final class LiveAccounts {

    private final Clock clock;

    LiveAccounts(Clock clock) {
        this.clock = clock;
    }

    /** Inserts the account, then seals its tokens with the new id, in the caller's transaction. */
    SyncAccount create(Session s, NewLiveAccount spec, LongFunction<SealedTokens> seal) {
        Instant now = clock.instant();
        ArtistEntity artist = artist(s, spec.artist(), now);
        refuseDuplicate(s, artist, spec);
        AccountIdentity identity = new AccountIdentity(spec.platform(), spec.externalUserId(), spec.handle(),
                spec.profileUrl());
        AccountEntity row = AccountEntity.createLive(artist.id(), identity, spec.connectionType(), spec.variant(),
                spec.tokenHint(), spec.backfillDays(), now);
        s.persist(row);
        s.flush();
        row.sealTokens(seal.apply(row.id()));
        return row.toSyncAccount(artist.toDomain().name());
    }

    /** Deletes the account (its runs go with it); its posts move to the artist's archive account. */
    boolean remove(Session s, long accountId) {
        AccountEntity row = s.find(AccountEntity.class, accountId);
        if (row == null) {
            return false;
        }
        if (row.connectionType() == ConnectionType.IMPORT) {
            throw new UserFacingException("Account " + accountId + " holds imported archive posts only: "
                    + "there is no connection to remove");
        }
        long posts = s.createSelectionQuery("select count(p) from PostEntity p where p.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        if (posts > 0) {
            long archive = archiveAccount(s, row).id();
            s.createMutationQuery("update PostEntity p set p.accountId = :to where p.accountId = :from")
                    .setParameter("to", archive).setParameter("from", accountId).executeUpdate();
        }
        s.createMutationQuery("delete from AccountEntity a where a.id = :a").setParameter("a", accountId)
                .executeUpdate();
        return true;
    }

    private AccountEntity archiveAccount(Session s, AccountEntity live) {
        List<AccountEntity> found = s.createSelectionQuery("from AccountEntity a where a.artistId = :a "
                        + "and a.platform = :p and a.connectionType = :t order by a.id", AccountEntity.class)
                .setParameter("a", live.artistId()).setParameter("p", live.platform())
                .setParameter("t", ConnectionType.IMPORT).setMaxResults(1).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        AccountEntity archive = AccountEntity.create(live.artistId(), new AccountIdentity(live.platform(),
                live.externalUserId(), live.handle(), live.profileUrl()), ConnectionType.IMPORT, clock.instant());
        archive.markImported(live.toDomain().lastSyncedAt() != null ? live.toDomain().lastSyncedAt() : clock.instant());
        s.persist(archive);
        return archive;
    }

    private static ArtistEntity artist(Session s, ArtistRef ref, Instant now) {
        if (ref.id() != null) {
            ArtistEntity found = s.find(ArtistEntity.class, ref.id());
            if (found == null) {
                throw new UserFacingException("That artist no longer exists");
            }
            return found;
        }
        return HibernateArtistRepository.byName(s, ref.name()).orElseGet(() -> {
            ArtistEntity created = ArtistEntity.create(ref.name(), now);
            s.persist(created);
            return created;
        });
    }

    private static void refuseDuplicate(Session s, ArtistEntity artist, NewLiveAccount spec) {
        StringBuilder same = new StringBuilder("1 = 0");
        Map<String, Object> params = new LinkedHashMap<>();
        if (spec.externalUserId() != null) {
            same.append(" or a.externalUserId = :u");
            params.put("u", spec.externalUserId());
        }
        if (spec.handle() != null) {
            same.append(" or lower(a.handle) = :h");
            params.put("h", spec.handle().toLowerCase(Locale.ROOT));
        }
        var query = s.createSelectionQuery("from AccountEntity a where a.artistId = :a and a.platform = :p "
                        + "and a.connectionType <> :archive and (" + same + ")", AccountEntity.class)
                .setParameter("a", artist.id()).setParameter("p", spec.platform())
                .setParameter("archive", ConnectionType.IMPORT);
        params.forEach(query::setParameter);
        query.setMaxResults(1).getResultList().stream().findFirst().ifPresent(other -> {
            String who = other.handle() != null ? "@" + other.handle() : "user " + other.externalUserId();
            throw new DuplicateAccountException(artist.toDomain().name() + " already has the "
                    + spec.platform().displayName() + " account " + who + " connected (account " + other.id()
                    + "): remove it first to connect it again", other.id());
        });
    }
}
