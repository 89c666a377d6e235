package app.backline.persistence.entity;

import app.backline.domain.SyncMode;
import app.backline.domain.SyncRunStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code sync_run}: one sync run of one account. */
@Entity
@Table(name = "sync_run")
public class SyncRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "artist_id", nullable = false)
    private long artistId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 16)
    private SyncMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SyncRunStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "requests", nullable = false)
    private int requests;

    @Column(name = "error", length = 1000)
    private String error;

    protected SyncRunEntity() {
    }

    public static SyncRunEntity start(long accountId, long artistId, SyncMode mode, Instant at) {
        SyncRunEntity e = new SyncRunEntity();
        e.accountId = accountId;
        e.artistId = artistId;
        e.mode = mode;
        e.status = SyncRunStatus.RUNNING;
        e.startedAt = at;
        return e;
    }

    /** @param errorText plain words, cut to the column's 1000 characters */
    public void finish(SyncRunStatus newStatus, int addedPosts, int updatedPosts, int requestCount, String errorText,
                       Instant at) {
        status = newStatus;
        added = addedPosts;
        updated = updatedPosts;
        requests = requestCount;
        error = errorText == null || errorText.length() <= 1000 ? errorText : errorText.substring(0, 1000);
        endedAt = at;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long artistId() {
        return artistId;
    }

    public SyncMode mode() {
        return mode;
    }

    public SyncRunStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public int added() {
        return added;
    }

    public int updated() {
        return updated;
    }

    public int requests() {
        return requests;
    }

    public String error() {
        return error;
    }
}
