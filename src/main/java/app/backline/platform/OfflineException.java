package app.backline.platform;

import app.backline.domain.Platform;

/** No network: the host could not be resolved or reached. The engine pauses polling until the network returns. */
public final class OfflineException extends ApiException {

    public OfflineException(Platform platform, String message) {
        this(platform, message, null);
    }

    public OfflineException(Platform platform, String message, Throwable cause) {
        super(platform, message, cause);
    }

    @Override
    public boolean transientFailure() {
        return true;
    }
}
