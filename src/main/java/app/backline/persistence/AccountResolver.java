package app.backline.persistence;

import app.backline.common.UserFacingException;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.persistence.entity.AccountEntity;
import app.backline.persistence.entity.ArtistEntity;
import app.backline.persistence.repository.IngestBatch;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;

/** Finds or creates, inside an ingest transaction, the artist and the account a batch belongs to. */
final class AccountResolver {

    private final Clock clock;

    AccountResolver(Clock clock) {
        this.clock = clock;
    }

    /** Who a batch belongs to, and whether resolving it created the artist or the account. */
    record Resolved(long artistId, long accountId, boolean createdArtist, boolean createdAccount) {
    }

    /** Finds or creates the batch's artist and account; call inside a short transaction of its own. */
    Resolved resolve(Session s, IngestBatch batch) {
        Found<ArtistEntity> artist = artist(s, batch.artist());
        long artistId = artist.entity().id();
        Found<AccountEntity> account = account(s, artistId, batch.account(), batch.connectionType());
        return new Resolved(artistId, account.entity().id(), artist.created(), account.created());
    }

    /** An entity looked up or made, and which of the two happened. */
    private record Found<T>(T entity, boolean created) {
    }

    private Found<ArtistEntity> artist(Session s, ArtistRef ref) {
        if (ref.id() != null) {
            ArtistEntity found = s.find(ArtistEntity.class, ref.id());
            if (found == null) {
                throw new UserFacingException("That artist no longer exists");
            }
            return new Found<>(found, false);
        }
        Optional<ArtistEntity> byName = HibernateArtistRepository.byName(s, ref.name());
        if (byName.isPresent()) {
            return new Found<>(byName.get(), false);
        }
        ArtistEntity created = ArtistEntity.create(ref.name(), clock.instant());
        s.persist(created);
        return new Found<>(created, true);
    }

    /**
     * The artist's single account of that type on the identity's platform (IMPORT), or the one with the
     * same external user id (live connections); created when missing, unknown fields filled in.
     */
    private Found<AccountEntity> account(Session s, long artistId, AccountIdentity identity, ConnectionType type) {
        String hql = "from AccountEntity a where a.artistId = :a and a.platform = :p and a.connectionType = :t"
                + (type == ConnectionType.IMPORT ? "" : " and a.externalUserId = :u");
        var query = s.createSelectionQuery(hql, AccountEntity.class).setParameter("a", artistId)
                .setParameter("p", identity.platform()).setParameter("t", type);
        if (type != ConnectionType.IMPORT) {
            query.setParameter("u", identity.externalUserId());
        }
        Optional<AccountEntity> existing = query.setMaxResults(1).uniqueResultOptional();
        if (existing.isPresent()) {
            existing.get().fillUnknown(identity);
            return new Found<>(existing.get(), false);
        }
        AccountEntity created = AccountEntity.create(artistId, identity, type, clock.instant());
        s.persist(created);
        return new Found<>(created, true);
    }

    /** After an import the account is READY with its history complete as of now. */
    void finish(Session s, long accountId, ConnectionType type, Instant now) {
        if (type == ConnectionType.IMPORT) {
            s.find(AccountEntity.class, accountId).markImported(now);
        }
    }
}
