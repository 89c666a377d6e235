package app.backline.domain;

/** How an account reaches Backline: a pasted token, an OAuth connection, or archive imports only. */
public enum ConnectionType {
    MANUAL, OAUTH, IMPORT
}
