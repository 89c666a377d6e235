package app.backline.domain;

/** Names the artist an ingest belongs to: an existing id, or a name that is created when missing. */
public record ArtistRef(Long id, String name) {

    public ArtistRef {
        if ((id == null) == (name == null || name.isBlank())) {
            throw new IllegalArgumentException("give either an artist id or a name");
        }
    }

    public static ArtistRef byId(long id) {
        return new ArtistRef(id, null);
    }

    /** The artist of that name (case-insensitive), created inside the ingest transaction when missing. */
    public static ArtistRef byName(String name) {
        return new ArtistRef(null, name.strip());
    }
}
