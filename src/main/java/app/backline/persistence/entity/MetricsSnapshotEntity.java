package app.backline.persistence.entity;

import app.backline.domain.Metrics;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code metrics_snapshot}: a post's counts at one refresh. */
@Entity
@Table(name = "metrics_snapshot")
public class MetricsSnapshotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "likes")
    private Long likes;

    @Column(name = "comments")
    private Long comments;

    @Column(name = "shares")
    private Long shares;

    @Column(name = "views")
    private Long views;

    protected MetricsSnapshotEntity() {
    }

    public static MetricsSnapshotEntity of(long postId, Metrics metrics, Instant at) {
        MetricsSnapshotEntity e = new MetricsSnapshotEntity();
        e.postId = postId;
        e.takenAt = at;
        e.likes = metrics.likes();
        e.comments = metrics.comments();
        e.shares = metrics.shares();
        e.views = metrics.views();
        return e;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Metrics metrics() {
        return new Metrics(likes, comments, shares, views);
    }
}
