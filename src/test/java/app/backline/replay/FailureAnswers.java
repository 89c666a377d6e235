package app.backline.replay;

import app.backline.domain.Platform;
import mockwebserver3.MockResponse;

/**
 * The answers of a platform that refuses a token, from recordings where they exist
 * (Instagram 190/463 and code 100, LinkedIn 65601 and 403/100, YouTube 403 PERMISSION_DENIED, X's 401,
 * 403 and text/plain 429) and from the documented shape otherwise (TikTok, YouTube's 401).
 */
final class FailureAnswers {

    private final SampleRoutes samples;

    FailureAnswers(SampleRoutes samples) {
        this.samples = samples;
    }

    MockResponse expired(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> json(400, samples.read("instagram/errors/oauth_exception_190_463_session_expired.json"));
            case LINKEDIN -> json(401, samples.read("linkedin/errors/401_REVOKED_ACCESS_TOKEN_65601.json"));
            case X -> json(401, samples.read("x/v2-postman-examples/401_unauthorized.json"));
            case YOUTUBE -> json(401, "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication"
                    + " credentials.\",\"status\":\"UNAUTHENTICATED\",\"errors\":[{\"reason\":\"authError\"}]}}");
            case TIKTOK -> json(401, "{\"error\":{\"code\":\"access_token_invalid\",\"message\":\"The access token is"
                    + " invalid or not found in the request.\",\"log_id\":\"202206221854370101130062072500FFA2\"}}");
        };
    }

    MockResponse denied(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> json(400, samples.read("instagram/errors/oauth_exception_100_missing_permission.json"));
            case LINKEDIN -> json(403, samples.read("linkedin/errors/403_not_enough_permissions_100.json"));
            case X -> json(403, samples.read("x/v2-postman-examples/403_client_not_enrolled.json"));
            case YOUTUBE -> json(403, samples.read("youtube/errors/403_permission_denied.json"));
            case TIKTOK -> json(403, "{\"error\":{\"code\":\"scope_not_authorized\",\"message\":\"The user did not"
                    + " authorize the scope required.\",\"log_id\":\"202206221854370101130062072500FFA3\"}}");
        };
    }

    /** A 429 asking for {@code seconds} of patience (X's recorded text/plain body; JSON elsewhere). */
    MockResponse limited(Platform platform, int seconds) {
        String body = platform == Platform.X ? samples.read("x/v2-postman-examples/tweet_lookup_429_rate_limit.txt")
                : "{\"error\":{\"code\":429,\"message\":\"Too many requests\"}}";
        return new MockResponse.Builder().code(429).addHeader("Retry-After", String.valueOf(seconds))
                .addHeader("Content-Type", platform == Platform.X ? "text/plain" : "application/json").body(body).build();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
