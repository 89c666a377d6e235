package app.backline.platform.x;

import app.backline.domain.Platform;
import app.backline.platform.ApiException;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import app.backline.platform.ErrorMapper;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.RateLimitedException;
import app.backline.platform.TokenRejectedException;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.time.Duration;

/**
 * X's error answers (platform-apis.md §5.5): problem bodies {@code {"title","detail","type","reason"}},
 * and 429s as JSON or as plain text. 401 → token rejected;
 * 403 → permission missing (client-not-enrolled and protected accounts in their own words); 429 → rate
 * limited until {@code x-rate-limit-reset}, or a daily-quota stop for {@code usage-capped}.
 */
final class XProblems implements ErrorMapper {

    private final ApiHttp http;

    XProblems(ApiHttp http) {
        this.http = http;
    }

    @Override
    public ApiException map(ApiResponse response) {
        XDtos.Problem problem = problem(response);
        return switch (response.status()) {
            case 401 -> new TokenRejectedException(Platform.X,
                    "X no longer accepts the access token (expired or revoked): reconnect the account");
            case 403 -> forbidden(problem);
            case 429 -> limited(response, problem);
            default -> null;
        };
    }

    /** A partial error as a note for the sync run: "X could not return post 123 (Not Found Error)". */
    static String skippedNote(XDtos.Problem p) {
        String what = p.resourceType() == null ? "an item" : "tweet".equals(p.resourceType()) ? "post" : p.resourceType();
        String id = p.resourceId() != null ? p.resourceId() : p.value();
        String why = p.title() != null ? p.title() : p.detail() != null ? p.detail() : "no reason given";
        return "X could not return " + what + (id == null ? "" : " " + id) + " (" + why + ")";
    }

    private static ApiException forbidden(XDtos.Problem p) {
        String type = p == null || p.type() == null ? "" : p.type();
        String reason = p == null || p.reason() == null ? "" : p.reason();
        if (reason.equals("client-not-enrolled") || type.endsWith("/client-forbidden")) {
            return new PermissionMissingException(Platform.X, "X refused: the label's X app is not enrolled for"
                    + " this endpoint (" + (reason.isEmpty() ? "client-forbidden" : reason)
                    + "); check the app's access in the X developer console");
        }
        if (type.endsWith("/not-authorized-for-resource")) {
            return new PermissionMissingException(Platform.X,
                    "X does not let the app see these posts (protected or suspended account)");
        }
        return new PermissionMissingException(Platform.X, "X refused access: the token lacks a permission this"
                + " needs (tweet.read, users.read); reconnect the account to grant it");
    }

    private ApiException limited(ApiResponse response, XDtos.Problem p) {
        Duration wait = http.retryAfter(response);
        if (p != null && p.type() != null && p.type().endsWith("/usage-capped")) {
            return new RateLimitedException(Platform.X, "X says the app's usage cap is reached (credits or monthly"
                    + " post cap); polling resumes in " + wait.toMinutes() + " min", wait, true);
        }
        return new RateLimitedException(Platform.X,
                "X's rate limit is reached; trying again in " + wait.toSeconds() + " s", wait, false);
    }

    /** The body's problem; {@code null} for plain text such as "Rate limit exceeded" or an empty body. */
    private XDtos.Problem problem(ApiResponse response) {
        try {
            return http.json().readValue(response.body(), XDtos.Problem.class);
        } catch (JsonProcessingException | RuntimeException notJson) {
            return null;
        }
    }
}
