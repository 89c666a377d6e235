package app.backline.platform;

import app.backline.domain.Platform;

/** The token lacks a scope or the account type has no access to the endpoint (Instagram code 10/200, LinkedIn 403 code 100, YouTube 403 PERMISSION_DENIED, X 403). */
public final class PermissionMissingException extends ApiException {

    public PermissionMissingException(Platform platform, String message) {
        this(platform, message, null);
    }

    public PermissionMissingException(Platform platform, String message, Throwable cause) {
        super(platform, message, cause);
    }

    @Override
    public boolean transientFailure() {
        return false;
    }
}
