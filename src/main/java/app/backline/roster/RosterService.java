package app.backline.roster;

import app.backline.common.UserFacingException;
import app.backline.domain.Artist;
import app.backline.persistence.repository.ArtistRepository;
import java.util.List;
import java.util.Optional;

/** Adds, renames and removes the label's artists. Names are trimmed, 1–120 characters, unique ignoring case. */
public final class RosterService {

    static final int MAX_NAME_LENGTH = 120;

    private final ArtistRepository artists;

    public RosterService(ArtistRepository artists) {
        this.artists = artists;
    }

    /** Every artist with its post count, by name. */
    public List<Artist> list() {
        return artists.findAll();
    }

    public Optional<Artist> find(long artistId) {
        return artists.findById(artistId);
    }

    public Optional<Artist> findByName(String name) {
        return artists.findByName(name.strip());
    }

    /** @throws UserFacingException when the name is blank, too long or taken */
    public Artist add(String name) {
        return artists.create(validName(name));
    }

    /** @throws UserFacingException when the name is blank, too long or taken */
    public Artist rename(long artistId, String newName) {
        return artists.rename(artistId, validName(newName));
    }

    /** Removes the artist and everything stored for it. */
    public void remove(long artistId) {
        artists.delete(artistId);
    }

    /** @throws UserFacingException when the name is blank or longer than {@value #MAX_NAME_LENGTH} */
    public static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("An artist needs a name");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("Artist names are at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }
}
