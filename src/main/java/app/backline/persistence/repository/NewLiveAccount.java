package app.backline.persistence.repository;

import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import java.util.Objects;

/**
 * A live connection to store, validated by the caller.
 *
 * @param externalUserId the platform's user id, {@code null} until the first sync asks the platform
 * @param handle         without '@', or {@code null}
 * @param variant        platform host choice or {@code null}
 * @param tokenHint      "…wxyz" of the access token
 * @param backfillDays   days the first sync fetches, 1–365, or {@code null} for the global setting
 */
public record NewLiveAccount(ArtistRef artist, Platform platform, ConnectionType connectionType,
                             String externalUserId, String handle, String profileUrl, String variant,
                             String tokenHint, Integer backfillDays) {

    public NewLiveAccount {
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(platform, "platform");
        if (connectionType == ConnectionType.IMPORT) {
            throw new IllegalArgumentException("archive accounts are made by imports");
        }
    }
}
