package app.backline.platform.tiktok;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.tiktok.TikTokDtos.UserDto;
import app.backline.platform.tiktok.TikTokDtos.VideoDto;
import okhttp3.HttpUrl;

import java.time.Instant;
import java.util.List;

/** TikTok v2 videos and users as Backline's records; every TikTok post is a VIDEO with its cover image. */
final class TikTokMapper {

    /**
     * @throws MalformedPayloadException when the video has no id or no {@code create_time}
     */
    PostDraft post(VideoDto video) {
        if (video.id() == null || video.id().isBlank()) {
            throw malformed("a video without an id");
        }
        if (video.createTime() == null) {
            throw malformed("a video without a create_time");
        }
        return new PostDraft(Platform.TIKTOK, video.id(), permalink(video.shareUrl()), caption(video), MediaType.VIDEO,
                Instant.ofEpochSecond(video.createTime()), metrics(video), CaptionEntities.NONE, false, false, null, null,
                IngestSource.POLL, List.of(new Media(MediaType.VIDEO, video.coverImageUrl(), null)));
    }

    /** The four counts of scope {@code video.list}; a field TikTok left out stays unknown. */
    Metrics metrics(VideoDto video) {
        return new Metrics(video.likeCount(), video.commentCount(), video.shareCount(), video.viewCount());
    }

    AccountProfile profile(UserDto user) {
        if (user == null || user.openId() == null || user.openId().isBlank()) {
            throw malformed("a user without an open_id");
        }
        String url = user.profileDeepLink() != null ? user.profileDeepLink()
                : user.username() == null ? null : "https://www.tiktok.com/@" + user.username();
        return new AccountProfile(user.openId(), user.username(), user.displayName(), url, null);
    }

    /** The description is the caption; older or title-only videos fall back to {@code title}. */
    private static String caption(VideoDto video) {
        String description = video.videoDescription();
        return description != null && !description.isBlank() ? description : video.title();
    }

    /** {@code share_url} without TikTok's {@code utm_*} tracking query, so the same video keeps one address. */
    private static String permalink(String shareUrl) {
        HttpUrl url = shareUrl == null ? null : HttpUrl.parse(shareUrl);
        return url == null ? shareUrl : url.newBuilder().query(null).build().toString();
    }

    private static MalformedPayloadException malformed(String what) {
        return new MalformedPayloadException(Platform.TIKTOK, "TikTok sent " + what);
    }
}
