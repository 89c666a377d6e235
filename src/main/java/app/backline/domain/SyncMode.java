package app.backline.domain;

/** Why a sync run ran: first fetch of an account's history, a scheduled poll, or the user's "Sync now". */
public enum SyncMode {
    BACKFILL, POLL, MANUAL
}
