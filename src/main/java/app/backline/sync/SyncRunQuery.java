package app.backline.sync;

import app.backline.domain.SyncRunStatus;

/** Which sync runs to list, newest first; a {@code null} field does not filter. */
public record SyncRunQuery(Long artistId, Long accountId, SyncRunStatus status, int limit) {

    public static SyncRunQuery latest(int limit) {
        return new SyncRunQuery(null, null, null, limit);
    }
}
