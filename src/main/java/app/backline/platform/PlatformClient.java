package app.backline.platform;

import app.backline.domain.Platform;

import java.util.List;

/**
 * One platform's API as the sync engine needs it. Implementations are stateless apart from caches
 * (e.g. YouTube ETags) and safe to call from several sync jobs at once; every call goes through
 * {@link ApiHttp}, so retries, the request budget and error mapping are the same on every platform.
 *
 * <p>Every method throws {@link ApiException} subclasses only: {@link TokenRejectedException},
 * {@link RateLimitedException}, {@link PermissionMissingException}, {@link MalformedPayloadException},
 * {@link PlatformUnavailableException}, {@link OfflineException}.
 */
public interface PlatformClient {

    Platform platform();

    /**
     * The account the access token belongs to; also proves the token works.
     * Follows the platform's "me" endpoint (e.g. {@code GET /2/users/me}, {@code GET /v2/user/info/}).
     */
    AccountProfile profile(ApiConnection connection);

    /**
     * One page of the account's own posts, newest first, mapped to drafts with
     * {@code ingestSource = POLL} and no enrichment (the engine extracts caption
     * entities where the platform gives none, then tags and summarises). {@link PostPage#nextCursor()} is {@code null} on the last page.
     * Media items carry the image URL, or for videos the preview image URL, in {@code remoteUrl}.
     */
    PostPage posts(ApiConnection connection, PageRequest request);

    /**
     * Current counts of the given posts (at most {@link #metricsBatchSize()} ids per call); posts the
     * platform no longer returns are left out of the result.
     */
    List<MetricsUpdate> metrics(ApiConnection connection, List<String> externalPostIds);

    /** How many post ids one {@link #metrics} call takes (e.g. 50 for YouTube's {@code videos.list}). */
    default int metricsBatchSize() {
        return 50;
    }
}
