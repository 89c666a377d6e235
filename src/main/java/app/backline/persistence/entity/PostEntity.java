package app.backline.persistence.entity;

import app.backline.domain.IngestSource;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
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
 * Row of {@code post}. List-valued fields are stored as newline-separated text (see {@link PostMapper});
 * {@code searchText} is the lower-cased caption, hashtags and mentions for the feed's text filter.
 */
@Entity
@Table(name = "post")
public class PostEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "artist_id", nullable = false)
    long artistId;

    @Column(name = "account_id", nullable = false)
    long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", nullable = false, length = 16)
    Platform platform;

    @Column(name = "external_post_id", nullable = false, length = 128)
    String externalPostId;

    @Column(name = "permalink", length = 1000)
    String permalink;

    @Column(name = "caption", nullable = false, length = 65000)
    String caption;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false, length = 16)
    MediaType mediaType;

    @Column(name = "posted_at", nullable = false)
    Instant postedAt;

    @Column(name = "fetched_at", nullable = false)
    Instant fetchedAt;

    @Column(name = "likes")
    Long likes;

    @Column(name = "comments")
    Long comments;

    @Column(name = "shares")
    Long shares;

    @Column(name = "views")
    Long views;

    @Column(name = "hashtags", nullable = false, length = 4000)
    String hashtags;

    @Column(name = "mentions", nullable = false, length = 4000)
    String mentions;

    @Column(name = "links", nullable = false, length = 16000)
    String links;

    @Column(name = "tags", nullable = false, length = 100)
    String tags;

    @Column(name = "summary", length = 400)
    String summary;

    @Column(name = "language", length = 8)
    String language;

    @Column(name = "visibility", length = 32)
    String visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "ingest_source", nullable = false, length = 16)
    IngestSource ingestSource;

    @Column(name = "is_reply", nullable = false)
    boolean reply;

    @Column(name = "is_repost", nullable = false)
    boolean repost;

    @Column(name = "search_text", nullable = false, length = 70000)
    String searchText;

    @Column(name = "tags_manual", nullable = false)
    boolean tagsManual;

    @Column(name = "engagement", nullable = false)
    long engagement;

    @Column(name = "views_rank", nullable = false)
    long viewsRank;

    @Column(name = "ingest_run_id")
    Long ingestRunId;

    @Column(name = "metrics_refreshed_at")
    Instant metricsRefreshedAt;

    protected PostEntity() {
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String externalPostId() {
        return externalPostId;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String permalink() {
        return permalink;
    }

    public Metrics metrics() {
        return new Metrics(likes, comments, shares, views);
    }

    /** When the metrics ladder last took a snapshot of this post, {@code null} never. */
    public Instant metricsRefreshedAt() {
        return metricsRefreshedAt;
    }

    public void metricsRefreshed(Instant at) {
        metricsRefreshedAt = at;
    }

    /**
     * Fresh counts from a metrics refresh; a count the platform does not give keeps its stored value.
     *
     * @return whether a count changed
     */
    public boolean applyMetrics(Metrics fresh, Instant now) {
        Metrics before = metrics();
        likes = fresh.likes() != null ? fresh.likes() : likes;
        comments = fresh.comments() != null ? fresh.comments() : comments;
        shares = fresh.shares() != null ? fresh.shares() : shares;
        views = fresh.views() != null ? fresh.views() : views;
        engagement = metrics().engagement();
        viewsRank = views == null ? -1 : views;
        boolean changed = !before.equals(metrics());
        if (changed) {
            fetchedAt = now;
        }
        return changed;
    }

    /** A live account takes over a row it synced (an archive row of the same post, or an earlier connection's). */
    public void moveToAccount(long newAccountId) {
        accountId = newAccountId;
    }

    /** An archive row matched to the platform's post takes the platform's id, so later syncs find it by id. */
    public void adoptExternalId(String platformPostId) {
        externalPostId = platformPostId;
    }

    /** Staff set these tags by hand: rules never overwrite them. */
    public void setManualTags(String joinedTags) {
        tags = joinedTags;
        tagsManual = true;
    }
}
