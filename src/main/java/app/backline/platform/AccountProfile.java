package app.backline.platform;

/**
 * The account behind an access token, as the platform describes it.
 *
 * @param externalUserId the platform's user id (IG user id, X user id, channel id, open_id, LinkedIn URN)
 * @param handle         username without '@', or the channel's custom URL; {@code null} when the platform has none
 * @param displayName    name shown on the profile, {@code null} when unknown
 * @param profileUrl     public address of the profile, {@code null} when unknown
 * @param uploadsPlaylistId YouTube only: the channel's uploads playlist; {@code null} elsewhere
 */
public record AccountProfile(String externalUserId, String handle, String displayName, String profileUrl,
                             String uploadsPlaylistId) {
}
