package app.backline.domain;

/** How a post first entered the store. */
public enum IngestSource {
    IMPORT, POLL, MANUAL, WEBHOOK
}
