package app.backline.platform.instagram;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.instagram.InstagramDtos.MediaDto;
import app.backline.platform.instagram.InstagramDtos.UserDto;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Instagram Graph media and users as Backline's records. Posts come out as {@code POLL} drafts without
 * enrichment; caption entities are left to the engine.
 */
final class InstagramMapper {

    /** Graph writes offsets without a colon ({@code +0000}), which ISO_OFFSET_DATE_TIME rejects; accept both. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");

    /**
     * @throws MalformedPayloadException when the media has no id or no readable timestamp
     */
    PostDraft post(MediaDto media) {
        if (media.id() == null || media.id().isBlank()) {
            throw malformed("a media item without an id");
        }
        MediaType type = type(media.mediaType());
        return new PostDraft(Platform.INSTAGRAM, media.id(), media.permalink(), media.caption(), type,
                postedAt(media.timestamp()), metrics(media), CaptionEntities.NONE, false, false, null, null,
                IngestSource.POLL, items(media, type));
    }

    /** Likes and comments (organic only, platform-apis.md §2.4); Instagram gives no share or view count here. */
    Metrics metrics(MediaDto media) {
        return new Metrics(media.likeCount(), media.commentsCount(), null, null);
    }

    /**
     * @param fallbackId the id asked for, used when the payload has none (Instagram Login's {@code /me}
     *                   answers {@code user_id} for the professional account and {@code id} for the app user)
     */
    AccountProfile profile(UserDto user, String fallbackId) {
        String id = firstNonBlank(user.userId(), user.id(), fallbackId);
        if (id == null) {
            throw malformed("a profile without an id");
        }
        String url = user.username() == null ? null : "https://www.instagram.com/" + user.username() + "/";
        return new AccountProfile(id, user.username(), user.name(), url, null);
    }

    static Instant postedAt(String timestamp) {
        if (timestamp == null) {
            throw malformed("a media item without a timestamp");
        }
        try {
            return OffsetDateTime.parse(timestamp.strip(), TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException(Platform.INSTAGRAM,
                    "Instagram sent a timestamp Backline cannot read: " + timestamp, e);
        }
    }

    /** CAROUSEL_ALBUM → CAROUSEL; VIDEO (REELS included) → VIDEO; IMAGE and anything new → IMAGE. */
    private static MediaType type(String mediaType) {
        if ("CAROUSEL_ALBUM".equals(mediaType)) {
            return MediaType.CAROUSEL;
        }
        return "VIDEO".equals(mediaType) || "REELS".equals(mediaType) ? MediaType.VIDEO : MediaType.IMAGE;
    }

    /** One media item per carousel child (or the post itself); videos carry their preview image's URL. */
    private static List<Media> items(MediaDto media, MediaType type) {
        if (type != MediaType.CAROUSEL) {
            return List.of(item(media, type));
        }
        List<Media> children = new ArrayList<>();
        if (media.children() != null && media.children().data() != null) {
            for (MediaDto child : media.children().data()) {
                children.add(item(child, type(child.mediaType())));
            }
        }
        return children.isEmpty() ? List.of(new Media(MediaType.IMAGE, media.mediaUrl(), null)) : children;
    }

    private static Media item(MediaDto media, MediaType type) {
        return type == MediaType.VIDEO
                ? new Media(MediaType.VIDEO, media.thumbnailUrl(), null)
                : new Media(MediaType.IMAGE, media.mediaUrl(), null);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static MalformedPayloadException malformed(String what) {
        return new MalformedPayloadException(Platform.INSTAGRAM, "Instagram sent " + what);
    }
}
