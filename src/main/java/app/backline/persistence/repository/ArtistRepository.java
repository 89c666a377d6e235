package app.backline.persistence.repository;

import app.backline.domain.Artist;
import java.util.List;
import java.util.Optional;

/** The roster. Names are unique, compared case-insensitively. */
public interface ArtistRepository {

    /** Every artist with its post count, ordered by name (case-insensitive). */
    List<Artist> findAll();

    Optional<Artist> findById(long id);

    /** Case-insensitive lookup by exact name. */
    Optional<Artist> findByName(String name);

    /** @throws DuplicateNameException when another artist has that name */
    Artist create(String name);

    /** @throws DuplicateNameException when another artist has that name */
    Artist rename(long id, String newName);

    /** Removes the artist with its accounts, posts and media rows, in one transaction. */
    void delete(long id);
}
