package app.backline.persistence.repository;

/**
 * What one ingest transaction did.
 *
 * @param added     posts that were new
 * @param updated   posts already stored whose metrics or fields changed
 * @param unchanged posts already stored exactly as given
 */
public record IngestResult(long artistId, long accountId, int added, int updated, int unchanged) {
}
