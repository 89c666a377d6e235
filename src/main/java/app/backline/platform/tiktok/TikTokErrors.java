package app.backline.platform.tiktok;

import app.backline.domain.Platform;
import app.backline.platform.ApiException;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.ErrorMapper;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformUnavailableException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.TokenRejectedException;
import app.backline.platform.tiktok.TikTokDtos.EnvelopeDto;
import app.backline.platform.tiktok.TikTokDtos.ErrorDto;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.time.Duration;

/**
 * Reads TikTok's {@code error.code} (platform-apis.md §3.3), which may be set on HTTP 200 as well as on
 * 4xx/5xx: {@code access_token_invalid} → {@link TokenRejectedException}; {@code scope_not_authorized} and
 * {@code scope_permission_missed} → {@link PermissionMissingException}; {@code rate_limit_exceeded} →
 * {@link RateLimitedException} ({@code Retry-After}, else 60 s); {@code internal_error} →
 * {@link PlatformUnavailableException}. Messages quote TikTok's {@code log_id} for support, never its text.
 */
final class TikTokErrors implements ErrorMapper {

    private static final Platform TT = Platform.TIKTOK;

    private final ApiHttp http;

    TikTokErrors(ApiHttp http) {
        this.http = http;
    }

    /** A non-2xx response; {@code null} when its body has no TikTok error code (generic status mapping). */
    @Override
    public ApiException map(ApiResponse response) {
        ErrorDto error = read(response);
        return error == null || error.ok() ? null : fromCode(error, response);
    }

    /** An HTTP 200 whose envelope reports an error: mapped from {@code error.code}, so transient ones are retried. */
    @Override
    public ApiException mapSuccess(ApiResponse response) {
        ErrorDto error = read(response);
        if (error == null || error.ok()) {
            return null;
        }
        ApiException mapped = fromCode(error, response);
        return mapped != null ? mapped : refused(error);
    }

    private ApiException fromCode(ErrorDto error, ApiResponse response) {
        return switch (error.code()) {
            case "access_token_invalid" -> new TokenRejectedException(TT,
                    "TikTok no longer accepts the access token (expired or revoked): reconnect the account");
            case "scope_not_authorized", "scope_permission_missed" -> new PermissionMissingException(TT,
                    "TikTok refused: the account did not grant a permission Backline needs (" + error.code()
                            + "): reconnect it and allow video.list and user.info.profile");
            case "rate_limit_exceeded" -> rateLimited(response);
            case "internal_error" -> new PlatformUnavailableException(TT,
                    "TikTok is having trouble (internal_error" + logId(error) + ")");
            default -> response.successful() ? refused(error) : null;
        };
    }

    private RateLimitedException rateLimited(ApiResponse response) {
        Duration wait = http.retryAfter(response);
        return new RateLimitedException(TT, "TikTok asked Backline to slow down (rate_limit_exceeded); trying again in "
                + wait.toSeconds() + " s", wait, false);
    }

    private static PermissionMissingException refused(ErrorDto error) {
        return new PermissionMissingException(TT, "TikTok refused the request (" + error.code() + logId(error) + ")");
    }

    private static String logId(ErrorDto error) {
        return error.logId() == null || error.logId().isBlank() ? "" : ", log id " + error.logId();
    }

    private ErrorDto read(ApiResponse response) {
        try {
            EnvelopeDto envelope = http.json().readValue(response.body(), EnvelopeDto.class);
            return envelope == null ? null : envelope.error();
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
