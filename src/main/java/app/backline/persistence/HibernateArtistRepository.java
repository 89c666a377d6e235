package app.backline.persistence;

import app.backline.domain.Artist;
import app.backline.persistence.entity.ArtistEntity;
import app.backline.persistence.repository.ArtistRepository;
import app.backline.persistence.repository.DuplicateNameException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.hibernate.Session;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/** {@link ArtistRepository} over Hibernate. */
final class HibernateArtistRepository implements ArtistRepository {

    private final SessionFactory sessions;
    private final DataSource dataSource;
    private final Clock clock;
    private final SearchChanges search;

    /** @param dataSource the store's pool, for the roster (see {@link #findAll}) */
    HibernateArtistRepository(SessionFactory sessions, DataSource dataSource, Clock clock, SearchChanges search) {
        this.sessions = sessions;
        this.dataSource = dataSource;
        this.clock = clock;
        this.search = search;
    }

    /**
     * By plain JDBC, so that the window can show the roster while Hibernate is still starting
     * ({@link Database#openEarly}); {@code post_count} is maintained on ingest, so nothing is counted.
     */
    @Override
    public List<Artist> findAll() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, post_count FROM artist ORDER BY name_key")) {
            List<Artist> roster = new ArrayList<>();
            while (rs.next()) {
                roster.add(new Artist(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
            return roster;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the roster: " + e.getMessage(), e);
        }
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
