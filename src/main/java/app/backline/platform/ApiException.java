package app.backline.platform;

import app.backline.domain.Platform;

/**
 * A platform call that failed, mapped from HTTP status and body. The message is one plain-words line for
 * the account's status ("X says the access token has expired or was revoked: reconnect the account");
 * it never contains a token.
 */
public abstract sealed class ApiException extends RuntimeException
        permits TokenRejectedException, RateLimitedException, PermissionMissingException,
        MalformedPayloadException, PlatformUnavailableException, OfflineException {

    private final Platform platform;

    protected ApiException(Platform platform, String message, Throwable cause) {
        super(message, cause);
        this.platform = platform;
    }

    public Platform platform() {
        return platform;
    }

    /** True when trying the same call again later may succeed (rate limits, 5xx, timeouts). */
    public abstract boolean transientFailure();
}
