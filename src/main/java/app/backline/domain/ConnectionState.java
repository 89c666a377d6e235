package app.backline.domain;

/** Connection life cycle: PENDING → SYNCING → READY | ERROR; DISCONNECTED once a token is revoked or expired. */
public enum ConnectionState {
    PENDING, SYNCING, READY, ERROR, DISCONNECTED
}
