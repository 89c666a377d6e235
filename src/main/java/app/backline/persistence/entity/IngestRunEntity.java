package app.backline.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code ingest_run}: the crash-safety journal of one ingest transaction. */
@Entity
@Table(name = "ingest_run")
public class IngestRunEntity {

    /** States a run moves through; INTERRUPTED is set by recovery after a crash. */
    public enum State { RUNNING, COMMITTED, VERIFIED, ROLLED_BACK, INTERRUPTED }

    /** What wrote the posts: an archive import, or one page of a sync run (fetched again when undone). */
    public enum Source { IMPORT, SYNC }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "artist_id", nullable = false)
    private long artistId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Column(name = "created_artist", nullable = false)
    private boolean createdArtist;

    @Column(name = "created_account", nullable = false)
    private boolean createdAccount;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private Source source = Source.IMPORT;

    protected IngestRunEntity() {
    }

    public static IngestRunEntity start(long artistId, long accountId, boolean createdArtist, boolean createdAccount,
                                        Instant now) {
        IngestRunEntity e = new IngestRunEntity();
        e.artistId = artistId;
        e.accountId = accountId;
        e.createdArtist = createdArtist;
        e.createdAccount = createdAccount;
        e.state = State.RUNNING;
        e.startedAt = now;
        return e;
    }

    /** A run row for one sync page of an existing account. */
    public static IngestRunEntity startSyncPage(long artistId, long accountId, Instant now) {
        IngestRunEntity e = start(artistId, accountId, false, false, now);
        e.source = Source.SYNC;
        return e;
    }

    public void finish(State newState, int addedPosts, Instant now) {
        state = newState;
        added = addedPosts;
        finishedAt = now;
    }

    public Long id() {
        return id;
    }

    public long artistId() {
        return artistId;
    }

    public long accountId() {
        return accountId;
    }

    public State state() {
        return state;
    }

    public boolean createdArtist() {
        return createdArtist;
    }

    public boolean createdAccount() {
        return createdAccount;
    }

    public int added() {
        return added;
    }

    public Source source() {
        return source;
    }
}
