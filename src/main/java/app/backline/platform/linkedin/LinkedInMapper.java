package app.backline.platform.linkedin;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.MalformedPayloadException;
import app.backline.platform.linkedin.LinkedInDtos.ContentDto;
import app.backline.platform.linkedin.LinkedInDtos.MediaDto;
import app.backline.platform.linkedin.LinkedInDtos.OrganizationDto;
import app.backline.platform.linkedin.LinkedInDtos.PostDto;
import app.backline.platform.linkedin.LinkedInDtos.TotalShareStatisticsDto;
import app.backline.platform.linkedin.LinkedInDtos.UserInfoDto;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * LinkedIn REST posts, members and organizations as Backline's records. LinkedIn gives media as URNs
 * ({@code urn:li:image:…}), not addresses, so media items carry no {@code remoteUrl}.
 */
final class LinkedInMapper {

    /**
     * @return empty for posts that are not published (drafts, failed or pending ones) and for dark posts
     *         ({@code feedDistribution NONE}: sponsored content that never appeared on the page)
     * @throws MalformedPayloadException when a post has no id or neither {@code publishedAt} nor {@code createdAt}
     */
    Optional<PostDraft> post(PostDto post) {
        boolean unpublished = post.lifecycleState() != null && !"PUBLISHED".equals(post.lifecycleState());
        boolean dark = post.distribution() != null && "NONE".equals(post.distribution().feedDistribution());
        if (unpublished || dark) {
            return Optional.empty();
        }
        if (post.id() == null || post.id().isBlank()) {
            throw malformed("a post without an id");
        }
        Long millis = post.publishedAt() != null ? post.publishedAt() : post.createdAt();
        if (millis == null) {
            throw malformed("a post without publishedAt or createdAt");
        }
        ContentDto content = post.content();
        return Optional.of(new PostDraft(Platform.LINKEDIN, post.id(), permalink(post.id()),
                LinkedInCommentary.plain(post.commentary()), type(content), Instant.ofEpochMilli(millis), Metrics.NONE,
                CaptionEntities.NONE, false, post.reshareContext() != null, null, post.visibility(), IngestSource.POLL,
                media(content)));
    }

    /** LinkedIn's own address of a post: {@code https://www.linkedin.com/feed/update/{urn}/}. */
    static String permalink(String urn) {
        return "https://www.linkedin.com/feed/update/" + urn + "/";
    }

    /** Impressions stand in for views: LinkedIn counts no views of organization posts. */
    Metrics metrics(TotalShareStatisticsDto stats) {
        return new Metrics(stats.likeCount(), stats.commentCount(), stats.shareCount(), stats.impressionCount());
    }

    AccountProfile member(UserInfoDto user) {
        if (user.sub() == null || user.sub().isBlank()) {
            throw malformed("a member without a sub");
        }
        return new AccountProfile("urn:li:person:" + user.sub(), null, user.name(), null, null);
    }

    AccountProfile organization(OrganizationDto org, String urn) {
        String vanity = org.vanityName();
        String id = org.id() == null ? urn : "urn:li:organization:" + org.id();
        return new AccountProfile(id, vanity, org.localizedName(),
                vanity == null ? null : "https://www.linkedin.com/company/" + vanity + "/", null);
    }

    /** media → IMAGE or VIDEO by its URN; multiImage → CAROUSEL; article → LINK; documents → LINK; none → TEXT. */
    private static MediaType type(ContentDto content) {
        if (content == null) {
            return MediaType.TEXT;
        }
        if (content.multiImage() != null) {
            return MediaType.CAROUSEL;
        }
        if (content.media() != null) {
            return mediaType(content.media().id());
        }
        return content.article() != null ? MediaType.LINK : MediaType.TEXT;
    }

    private static MediaType mediaType(String urn) {
        if (urn == null) {
            return MediaType.TEXT;
        }
        if (urn.startsWith("urn:li:video:")) {
            return MediaType.VIDEO;
        }
        return urn.startsWith("urn:li:image:") ? MediaType.IMAGE : MediaType.LINK;
    }

    private static List<Media> media(ContentDto content) {
        if (content == null) {
            return List.of();
        }
        if (content.multiImage() != null && content.multiImage().images() != null) {
            return content.multiImage().images().stream().map(i -> new Media(MediaType.IMAGE, null, null)).toList();
        }
        MediaDto single = content.media();
        MediaType type = single == null ? null : mediaType(single.id());
        return type == MediaType.IMAGE || type == MediaType.VIDEO ? List.of(new Media(type, null, null)) : List.of();
    }

    private static MalformedPayloadException malformed(String what) {
        return new MalformedPayloadException(Platform.LINKEDIN, "LinkedIn sent " + what);
    }
}
