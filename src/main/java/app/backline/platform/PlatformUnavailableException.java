package app.backline.platform;

import app.backline.domain.Platform;

/** The platform failed or timed out (HTTP 5xx, read timeout): retried with backoff. */
public final class PlatformUnavailableException extends ApiException {

    public PlatformUnavailableException(Platform platform, String message) {
        this(platform, message, null);
    }

    public PlatformUnavailableException(Platform platform, String message, Throwable cause) {
        super(platform, message, cause);
    }

    @Override
    public boolean transientFailure() {
        return true;
    }
}
