package app.backline.platform.instagram;

import app.backline.domain.Platform;
import app.backline.platform.ApiException;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.ErrorMapper;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformUnavailableException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.TokenRejectedException;
import app.backline.platform.instagram.InstagramDtos.ErrorDto;
import app.backline.platform.instagram.InstagramDtos.ErrorEnvelopeDto;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.time.Duration;
import java.util.Set;

/**
 * Reads the Graph error envelope {@code {"error":{"code":190,"error_subcode":463,"is_transient":…}}}
 * (platform-apis.md §2.8):
 * <ul>
 *   <li>190 (any subcode) → {@link TokenRejectedException}: the account must be reconnected</li>
 *   <li>4, 17, 32, 341, 613, 80002 and HTTP 429 → {@link RateLimitedException}, waiting for the usage
 *       headers' {@code estimated_time_to_regain_access}, else {@code Retry-After}, else 60 s</li>
 *   <li>10, 100, 200–299 → {@link PermissionMissingException}</li>
 *   <li>1, 2, {@code is_transient} and HTTP 5xx → {@link PlatformUnavailableException}</li>
 * </ul>
 * Messages carry codes, never the platform's text (which may quote request details).
 */
final class InstagramErrors implements ErrorMapper {

    private static final Platform IG = Platform.INSTAGRAM;
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 341, 613, 80002);

    private final ApiHttp http;
    private final InstagramUsage usage;

    InstagramErrors(ApiHttp http, InstagramUsage usage) {
        this.http = http;
        this.usage = usage;
    }

    @Override
    public ApiException map(ApiResponse response) {
        ErrorDto error = read(response);
        int code = error == null || error.code() == null ? -1 : error.code();
        if (code == 190) {
            return new TokenRejectedException(IG, "Instagram no longer accepts the access token ("
                    + tokenReason(error.subcode()) + "): reconnect the account");
        }
        if (THROTTLED.contains(code) || response.status() == 429) {
            return rateLimited(response, code);
        }
        if (code == 10 || code == 100 || (code >= 200 && code <= 299)) {
            return new PermissionMissingException(IG, "Instagram refused the request: the access token lacks a "
                    + "permission or the object is not available to it (code " + code + ")");
        }
        boolean transientError = error != null && Boolean.TRUE.equals(error.transientError());
        if (transientError || code == 1 || code == 2 || response.status() >= 500) {
            return new PlatformUnavailableException(IG, "Instagram is having trouble (HTTP " + response.status()
                    + (code < 0 ? "" : ", code " + code) + ")");
        }
        return null;
    }

    private RateLimitedException rateLimited(ApiResponse response, int code) {
        Duration wait = usage.timeToRegainAccess(response).orElseGet(() -> http.retryAfter(response));
        return new RateLimitedException(IG, "Instagram asked Backline to slow down (" + (code < 0 ? "HTTP 429" : "code " + code)
                + "); trying again in " + wait.toSeconds() + " s", wait, false);
    }

    /** Plain words for the 190 subcodes Meta documents; the rest read as "expired or revoked". */
    private static String tokenReason(Integer subcode) {
        if (subcode == null) {
            return "expired or revoked";
        }
        return switch (subcode) {
            case 458 -> "the app was removed from the account";
            case 459 -> "the account is checkpointed: log in on instagram.com first";
            case 460 -> "the password was changed";
            case 463 -> "the session has expired";
            case 464 -> "the user is not confirmed";
            case 467 -> "the token is invalid";
            case 492 -> "the session is invalid";
            default -> "expired or revoked, subcode " + subcode;
        };
    }

    private ErrorDto read(ApiResponse response) {
        try {
            ErrorEnvelopeDto envelope = http.json().readValue(response.body(), ErrorEnvelopeDto.class);
            return envelope == null ? null : envelope.error();
        } catch (JsonProcessingException notGraphJson) {
            return null;
        }
    }
}
