package app.backline.platform.youtube;

/**
 * The cursor of the uploads paging: the uploads playlist id and the page token, as
 * {@code "<playlistId>|<pageToken>"}, so that later pages need no {@code channels.list} call. Playlist ids
 * and page tokens never contain {@code |}.
 *
 * @param pageToken {@code null} for the first page
 */
record UploadsCursor(String playlistId, String pageToken) {

    private static final char SEPARATOR = '|';

    /** Reads {@link #encode()}'s form; a bare page token (no separator) keeps {@code fallbackPlaylist}. */
    static UploadsCursor parse(String cursor, String fallbackPlaylist) {
        int at = cursor.indexOf(SEPARATOR);
        if (at < 0) {
            return new UploadsCursor(fallbackPlaylist, cursor);
        }
        String token = cursor.substring(at + 1);
        return new UploadsCursor(cursor.substring(0, at), token.isEmpty() ? null : token);
    }

    /**
     * A channel's uploads playlist: {@code UC…} → {@code UU…}, the rule every channel's
     * {@code contentDetails.relatedPlaylists.uploads} follows; {@code null} when {@code channelId} is not a channel id.
     */
    static String uploadsOf(String channelId) {
        return channelId != null && channelId.matches("UC[A-Za-z0-9_-]{22}") ? "UU" + channelId.substring(2) : null;
    }

    String encode() {
        return playlistId + SEPARATOR + (pageToken == null ? "" : pageToken);
    }
}
