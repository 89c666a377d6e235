package app.backline.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code media_cache}: one downloaded file under {@code media/cache}, keyed by its URL without query. */
@Entity
@Table(name = "media_cache")
public class MediaCacheEntity {

    @Id
    @Column(name = "url_key", length = 64)
    private String urlKey;

    @Column(name = "local_path", nullable = false, length = 200)
    private String localPath;

    @Column(name = "bytes", nullable = false)
    private long bytes;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "last_access_at", nullable = false)
    private Instant lastAccessAt;

    protected MediaCacheEntity() {
    }

    public MediaCacheEntity(String urlKey, String localPath, long bytes, Instant fetchedAt, Instant lastAccessAt) {
        this.urlKey = urlKey;
        this.localPath = localPath;
        this.bytes = bytes;
        this.fetchedAt = fetchedAt;
        this.lastAccessAt = lastAccessAt;
    }

    public String urlKey() {
        return urlKey;
    }

    public String localPath() {
        return localPath;
    }

    public long bytes() {
        return bytes;
    }

    public Instant lastAccessAt() {
        return lastAccessAt;
    }

    /** A new download of the same URL replaces the file. */
    public void replace(String localPath, long bytes, Instant fetchedAt, Instant lastAccessAt) {
        this.localPath = localPath;
        this.bytes = bytes;
        this.fetchedAt = fetchedAt;
        this.lastAccessAt = lastAccessAt;
    }
}
