package app.backline.accounts;

import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;

import java.util.Objects;

/**
 * A manual connection: the user pastes an access token for an artist's account.
 *
 * @param externalUserId the platform's user id when the platform needs one to list posts (IG user id,
 *                       LinkedIn URN); {@code null} lets the first sync ask the platform
 * @param handle         username without '@', or {@code null}
 * @param profileUrl     the profile's address, or {@code null}; a handle is read from it when none is given
 * @param accessToken    the pasted token in clear text; sealed by the vault before it is stored, never logged
 * @param variant        Instagram only: {@code "facebook"} for Facebook-login tokens (graph.facebook.com), else {@code null}
 * @param backfillDays   days of history the first sync fetches, 1–365; {@code null} = the global setting (30)
 */
public record AccountRequest(ArtistRef artist, Platform platform, String externalUserId, String handle,
                             String profileUrl, String accessToken, String variant, Integer backfillDays) {

    /** A request that uses the global backfill setting. */
    public AccountRequest(ArtistRef artist, Platform platform, String externalUserId, String handle,
                          String profileUrl, String accessToken, String variant) {
        this(artist, platform, externalUserId, handle, profileUrl, accessToken, variant, null);
    }

    public AccountRequest {
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(platform, "platform");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "AccountRequest[" + platform.key() + " " + handle + " for " + artist + "]";
    }
}
