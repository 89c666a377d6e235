package app.backline.persistence;

import app.backline.domain.Artist;
import app.backline.persistence.entity.ArtistEntity;
import app.backline.persistence.repository.ArtistRepository;
import app.backline.persistence.repository.DuplicateNameException;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** {@link ArtistRepository} over Hibernate. */
final class HibernateArtistRepository implements ArtistRepository {

    private final SessionFactory sessions;
    private final Clock clock;
    private final SearchChanges search;

    HibernateArtistRepository(SessionFactory sessions, Clock clock, SearchChanges search) {
        this.sessions = sessions;
        this.clock = clock;
        this.search = search;
    }

    @Override
    public List<Artist> findAll() {
        return sessions.fromSession(s -> s
                .createSelectionQuery("from ArtistEntity a order by a.nameKey", ArtistEntity.class)
                .getResultList().stream().map(ArtistEntity::toDomain).toList());
    }

    @Override
    public Optional<Artist> findById(long id) {
        return sessions.fromSession(s -> Optional.ofNullable(s.find(ArtistEntity.class, id))
                .map(ArtistEntity::toDomain));
    }

    @Override
    public Optional<Artist> findByName(String name) {
        return sessions.fromSession(s -> byName(s, name).map(ArtistEntity::toDomain));
    }

    static Optional<ArtistEntity> byName(Session s, String name) {
        return s.createSelectionQuery("from ArtistEntity a where a.nameKey = :key", ArtistEntity.class)
                .setParameter("key", ArtistEntity.keyOf(name)).uniqueResultOptional();
    }

    @Override
    public Artist create(String name) {
        return sessions.fromTransaction(s -> {
            if (byName(s, name).isPresent()) {
                throw new DuplicateNameException(name);
            }
            ArtistEntity e = ArtistEntity.create(name, clock.instant());
            s.persist(e);
            return e.toDomain();
        });
    }

    @Override
    public Artist rename(long id, String newName) {
        return sessions.fromTransaction(s -> {
            ArtistEntity e = s.find(ArtistEntity.class, id);
            if (e == null) {
                throw new NoSuchElementException("No artist with id " + id);
            }
            Optional<ArtistEntity> other = byName(s, newName);
            if (other.isPresent() && !other.get().id().equals(e.id())) {
                throw new DuplicateNameException(newName);
            }
            e.rename(newName);
            return e.toDomain();
        });
    }

    @Override
    public void delete(long id) {
        long generation = sessions.fromTransaction(s -> {
            s.createMutationQuery("delete from MediaItemEntity m where m.postId in "
                    + "(select p.id from PostEntity p where p.artistId = :a)").setParameter("a", id).executeUpdate();
            s.createMutationQuery("delete from PostEntity p where p.artistId = :a").setParameter("a", id)
                    .executeUpdate();
            s.createMutationQuery("delete from AccountEntity a where a.artistId = :a").setParameter("a", id)
                    .executeUpdate();
            s.createMutationQuery("delete from ArtistEntity a where a.id = :a").setParameter("a", id)
                    .executeUpdate();
            return SearchGeneration.bump(s);
        });
        search.artistRemoved(generation, id);
    }
}
