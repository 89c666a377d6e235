package app.backline.domain;

/**
 * Outcome of a sync run. RUNNING while it runs; INTERRUPTED when the app stopped (or was killed) before
 * the run ended, found and marked at the next start.
 */
public enum SyncRunStatus {
    RUNNING, SUCCEEDED, FAILED, INTERRUPTED
}
