package app.backline.platform.youtube;

import app.backline.domain.Platform;
import app.backline.platform.ApiException;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.ErrorMapper;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.TokenRejectedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Google's error answers (platform-apis.md §4.5): {@code {"error":{"code","message","status",
 * "errors":[{"reason","domain"}]}}}, and the OAuth token endpoint's {@code {"error":"invalid_grant"}}.
 * Quota spent ({@code quotaExceeded}, {@code dailyLimitExceeded}) stops until midnight Pacific time;
 * {@code rateLimitExceeded}/{@code userRateLimitExceeded} back off briefly; 401, {@code authError} and
 * {@code invalid_grant} reject the token; {@code PERMISSION_DENIED}, {@code forbidden},
 * {@code insufficientPermissions} and {@code keyInvalid} are missing permissions.
 */
final class YouTubeErrors implements ErrorMapper {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    /** Google asks for exponential backoff on per-user rate limits; this is the first wait when it gives none. */
    private static final Duration SHORT_BACKOFF = Duration.ofSeconds(10);

    private final ApiHttp http;

    YouTubeErrors(ApiHttp http) {
        this.http = http;
    }

    @Override
    public ApiException map(ApiResponse response) {
        JsonNode error = body(response).path("error");
        if (error.isTextual()) {
            return oauth(error.asText());
        }
        List<String> reasons = new ArrayList<>();
        error.path("errors").forEach(e -> reasons.add(e.path("reason").asText("")));
        String status = error.path("status").asText("");
        if (reasons.contains("quotaExceeded") || reasons.contains("dailyLimitExceeded")) {
            Duration wait = untilPacificMidnight();
            return new RateLimitedException(Platform.YOUTUBE, "YouTube's daily quota for the label's app is used up;"
                    + " polling resumes after midnight Pacific time (in " + wait.toMinutes() + " min)", wait, true);
        }
        if (reasons.contains("rateLimitExceeded") || reasons.contains("userRateLimitExceeded")) {
            Duration wait = response.header("Retry-After") != null ? http.retryAfter(response) : SHORT_BACKOFF;
            return new RateLimitedException(Platform.YOUTUBE,
                    "YouTube asked Backline to slow down; trying again in " + wait.toSeconds() + " s", wait, false);
        }
        if (response.status() == 401 || reasons.contains("authError") || status.equals("UNAUTHENTICATED")) {
            return new TokenRejectedException(Platform.YOUTUBE,
                    "Google no longer accepts the access token (expired or revoked): reconnect the account");
        }
        return permission(reasons, status);
    }

    private static ApiException oauth(String code) {
        if (code.equals("invalid_grant")) {
            return new TokenRejectedException(Platform.YOUTUBE, "Google no longer accepts the account's refresh token"
                    + " (expired or revoked; apps in Testing mode get 7-day tokens): reconnect the account");
        }
        return code.equals("invalid_client") || code.equals("unauthorized_client")
                ? new PermissionMissingException(Platform.YOUTUBE, "Google does not accept the app's client id or"
                + " secret (" + code + "): check the YouTube app in Settings") : null;
    }

    private static ApiException permission(List<String> reasons, String status) {
        if (reasons.contains("keyInvalid")) {
            return new PermissionMissingException(Platform.YOUTUBE, "Google does not accept the app's API key"
                    + " (keyInvalid): check the YouTube app's key in Settings");
        }
        if (reasons.contains("playlistNotFound") || reasons.contains("channelNotFound")) {
            return new PermissionMissingException(Platform.YOUTUBE,
                    "YouTube cannot find the channel or its uploads: check the account's channel id");
        }
        if (status.equals("PERMISSION_DENIED") || reasons.contains("forbidden")
                || reasons.contains("insufficientPermissions")) {
            return new PermissionMissingException(Platform.YOUTUBE, "YouTube refused access: the token lacks a"
                    + " permission this needs (youtube.readonly); reconnect the account to grant it");
        }
        return null;
    }

    private Duration untilPacificMidnight() {
        var now = http.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, PACIFIC);
        return Duration.between(now, today.plusDays(1).atStartOfDay(PACIFIC).toInstant());
    }

    private JsonNode body(ApiResponse response) {
        try {
            JsonNode node = http.json().readTree(response.body());
            return node == null ? http.json().missingNode() : node;
        } catch (JsonProcessingException notJson) {
            return http.json().missingNode();
        }
    }
}
