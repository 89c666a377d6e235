package app.backline.domain;

import java.time.Instant;

/**
 * One social account of an artist on one platform.
 *
 * @param externalUserId the platform's user id, {@code null} when unknown (some archives carry none)
 * @param lastSyncedAt   UTC, {@code null} before the first successful sync or import
 * @param lastError      plain-words reason of the last failure, {@code null} when healthy
 */
public record Account(
        long id,
        long artistId,
        Platform platform,
        String externalUserId,
        String handle,
        String profileUrl,
        ConnectionType connectionType,
        ConnectionState state,
        Instant lastSyncedAt,
        String lastError) {
}
