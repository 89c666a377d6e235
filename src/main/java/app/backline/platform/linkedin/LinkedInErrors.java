package app.backline.platform.linkedin;

import app.backline.domain.Platform;
import app.backline.platform.ApiException;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.ErrorMapper;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.TokenRejectedException;
import app.backline.platform.linkedin.LinkedInDtos.ErrorDto;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.time.Duration;

/**
 * Reads LinkedIn's error body {@code {"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN",…}}
 * (platform-apis.md §6.6): 65600 / 65601 / {@code *_ACCESS_TOKEN} → {@link TokenRejectedException};
 * 403 or code 100 ({@code ACCESS_DENIED}) → {@link PermissionMissingException}; 429 or code 101 →
 * {@link RateLimitedException} ({@code Retry-After}, else 60 s). Anything else falls to the status mapping.
 */
final class LinkedInErrors implements ErrorMapper {

    private static final Platform LI = Platform.LINKEDIN;

    private final ApiHttp http;

    LinkedInErrors(ApiHttp http) {
        this.http = http;
    }

    @Override
    public ApiException map(ApiResponse response) {
        ErrorDto error = read(response);
        int service = error == null || error.serviceErrorCode() == null ? -1 : error.serviceErrorCode();
        String code = error == null || error.code() == null ? "" : error.code();
        if (service == 65600 || service == 65601 || code.endsWith("_ACCESS_TOKEN")) {
            return new TokenRejectedException(LI, "LinkedIn no longer accepts the access token ("
                    + tokenReason(service, code) + "): reconnect the account");
        }
        if (service == 101 || response.status() == 429) {
            Duration wait = http.retryAfter(response);
            return new RateLimitedException(LI, "LinkedIn asked Backline to slow down (" + label(service, response)
                    + "); trying again in " + wait.toSeconds() + " s", wait, false);
        }
        if (service == 100 || "ACCESS_DENIED".equals(code) || response.status() == 403) {
            return new PermissionMissingException(LI, "LinkedIn refused access: the token or the page role lacks a "
                    + "permission this needs (" + label(service, response) + ")");
        }
        return null;
    }

    private static String tokenReason(int service, String code) {
        if (service == 65601 || code.startsWith("REVOKED")) {
            return "revoked";
        }
        return code.startsWith("EXPIRED") ? "expired" : "invalid or expired";
    }

    private static String label(int service, ApiResponse response) {
        return service < 0 ? "HTTP " + response.status() : "code " + service;
    }

    private ErrorDto read(ApiResponse response) {
        try {
            return http.json().readValue(response.body(), ErrorDto.class);
        } catch (JsonProcessingException notLinkedInJson) {
            return null;
        }
    }
}
