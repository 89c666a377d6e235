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
 */
public record NewLiveAccount(ArtistRef artist, Platform platform, ConnectionType connectionType,
                             String externalUserId, String handle, String profileUrl, String variant,
                             String tokenHint) {

    public NewLiveAccount {
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(platform, "platform");
        if (connectionType == ConnectionType.IMPORT) {
            throw new IllegalArgumentException("archive accounts are made by imports");
        }
    }
}
