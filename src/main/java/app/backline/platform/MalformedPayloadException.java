package app.backline.platform;

import app.backline.domain.Platform;

/** The platform answered with a body Backline cannot read (not JSON, or required fields missing). */
public final class MalformedPayloadException extends ApiException {

    public MalformedPayloadException(Platform platform, String message) {
        this(platform, message, null);
    }

    public MalformedPayloadException(Platform platform, String message, Throwable cause) {
        super(platform, message, cause);
    }

    @Override
    public boolean transientFailure() {
        return false;
    }
}
