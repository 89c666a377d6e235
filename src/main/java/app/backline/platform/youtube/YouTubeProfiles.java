package app.backline.platform.youtube;

import app.backline.platform.AccountProfile;

/** A {@code channels.list} item as the account's profile. */
final class YouTubeProfiles {

    private YouTubeProfiles() {
    }

    /**
     * Handle = {@code customUrl} without its {@code @}; profile address = {@code youtube.com/@handle}, else
     * {@code youtube.com/channel/<id>}; uploads = {@code contentDetails.relatedPlaylists.uploads}.
     */
    static AccountProfile of(YouTubeDtos.Channel channel) {
        String custom = channel.snippet() == null ? null : channel.snippet().customUrl();
        String handle = custom == null || custom.isBlank() ? null : custom.strip().replaceFirst("^@", "");
        String profileUrl = handle != null ? "https://www.youtube.com/@" + handle
                : "https://www.youtube.com/channel/" + channel.id();
        String uploads = channel.contentDetails() == null || channel.contentDetails().relatedPlaylists() == null
                ? null : channel.contentDetails().relatedPlaylists().uploads();
        return new AccountProfile(channel.id(), handle, channel.snippet() == null ? null : channel.snippet().title(),
                profileUrl, uploads == null || uploads.isBlank() ? null : uploads);
    }
}
