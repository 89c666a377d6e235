package app.backline.persistence.repository;

import app.backline.domain.SyncMode;
import app.backline.domain.SyncRun;
import app.backline.domain.SyncRunStatus;
import java.time.Instant;
import java.util.List;

/** The record of sync runs: one row per run, written when it starts and when it ends. */
public interface SyncRunRepository {

    /** Commits a RUNNING row; returns its id. */
    long start(long accountId, long artistId, SyncMode mode, Instant at);

    /** Ends a run; {@code error} is plain words or {@code null}. */
    void finish(long runId, SyncRunStatus status, int added, int updated, int requests, String error, Instant at);

    /** Runs left RUNNING (the app was killed or closed mid-run) become INTERRUPTED; returns how many. */
    int interruptRunning(String error, Instant at);

    /**
     * Runs newest first (started, then id); a {@code null} filter does not filter.
     *
     * @param limit at most this many, 1–10,000
     */
    List<SyncRun> find(Long artistId, Long accountId, SyncRunStatus status, int limit);
}
