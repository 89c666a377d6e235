package app.backline.persistence.entity;

import app.backline.domain.Media;
import app.backline.domain.MediaType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code media_item}: one media item of a post, in position order, with the state of its download
 * into the media cache (written by {@code HibernateMediaCacheRepository} through update queries).
 */
@Entity
@Table(name = "media_item")
public class MediaItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, length = 16)
    private MediaType mediaType;

    @Column(name = "remote_url", length = 4000)
    private String remoteUrl;

    @Column(name = "local_path", length = 1000)
    private String localPath;

    /** Failed downloads of {@link #remoteUrl} into the media cache so far; reset by a success. */
    @Column(name = "fetch_attempts", nullable = false)
    private int fetchAttempts;

    /** No download is tried before this time (backoff after a failure); {@code null} = now. */
    @Column(name = "next_fetch_at")
    private Instant nextFetchAt;

    @Column(name = "fetch_error", length = 300)
    private String fetchError;

    protected MediaItemEntity() {
    }

    public static MediaItemEntity of(long postId, int position, Media media) {
        MediaItemEntity e = new MediaItemEntity();
        e.postId = postId;
        e.position = position;
        e.mediaType = media.type();
        e.remoteUrl = media.remoteUrl();
        e.localPath = media.localPath();
        return e;
    }

    public long postId() {
        return postId;
    }

    public Media toDomain() {
        return new Media(mediaType, remoteUrl, localPath);
    }
}
