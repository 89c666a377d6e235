package app.backline.persistence.entity;

import app.backline.domain.Artist;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** Row of {@code artist}. */
@Entity
@Table(name = "artist")
public class ArtistEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Column(name = "post_count", nullable = false)
    private long postCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ArtistEntity() {
    }

    public static ArtistEntity create(String name, Instant now) {
        ArtistEntity e = new ArtistEntity();
        e.rename(name);
        e.createdAt = now;
        return e;
    }

    /** The key that makes names unique ignoring case. */
    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public final void rename(String newName) {
        this.name = newName;
        this.nameKey = keyOf(newName);
    }

    public Long id() {
        return id;
    }

    public Artist toDomain() {
        return new Artist(id, name, postCount);
    }
}
