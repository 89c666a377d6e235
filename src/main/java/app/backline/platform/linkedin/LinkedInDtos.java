package app.backline.platform.linkedin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The LinkedIn REST wire shapes Backline reads (platform-apis.md §6.3–6.6). Times are epoch milliseconds;
 * post ids are URNs ({@code urn:li:share:…}, {@code urn:li:ugcPost:…}).
 */
final class LinkedInDtos {

    private LinkedInDtos() {
    }

    /** {@code GET /rest/posts?q=author}: {@code total} is not always present. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostsPageDto(List<PostDto> elements, PagingDto paging) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PagingDto(Integer start, Integer count, Integer total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostDto(String id, String author, String commentary, String visibility, String lifecycleState,
                   Long createdAt, Long publishedAt, Long lastModifiedAt, ContentDto content,
                   ReshareContextDto reshareContext, DistributionDto distribution) {
    }

    /** {@code feedDistribution} {@code NONE} marks a dark (sponsored-only) post that never shows in the feed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DistributionDto(String feedDistribution) {
    }

    /** At most one of these is set; polls, celebrations and the like are read as text posts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContentDto(MediaDto media, MultiImageDto multiImage, ArticleDto article) {
    }

    /** A single image, video or document: {@code id} is its URN ({@code urn:li:image:…}), not an address. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaDto(String id, String title, String altText) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MultiImageDto(List<MediaDto> images) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArticleDto(String source, String title, String thumbnail) {
    }

    /** Present on reshares: the post being reshared. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReshareContextDto(String parent, String root) {
    }

    /** OpenID Connect {@code GET /v2/userinfo}: {@code sub} is the member id of {@code urn:li:person:{sub}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserInfoDto(String sub, String name, String picture) {
    }

    /** {@code GET /rest/organizations/{id}}: {@code id} is a number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganizationDto(Long id, String localizedName, String vanityName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShareStatisticsPageDto(List<ShareStatisticsDto> elements) {
    }

    /** One post's lifetime counts; {@code share} or {@code ugcPost} names it (neither on organization totals). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShareStatisticsDto(String share, String ugcPost, String organizationalEntity,
                              TotalShareStatisticsDto totalShareStatistics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TotalShareStatisticsDto(Long likeCount, Long commentCount, Long shareCount, Long impressionCount,
                                   Long clickCount, Double engagement) {
    }

    /** {@code GET /rest/socialActions/{urn}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SocialActionsDto(String target, LikesSummaryDto likesSummary, CommentsSummaryDto commentsSummary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LikesSummaryDto(Long totalLikes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentsSummaryDto(Long aggregatedTotalComments, Long count) {
    }

    /** {@code {"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN","message":"…"}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorDto(Integer status, Integer serviceErrorCode, String code, String message) {
    }
}
