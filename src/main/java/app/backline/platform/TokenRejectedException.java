package app.backline.platform;

import app.backline.domain.Platform;

/** The access token is expired or revoked (Instagram code 190, LinkedIn 65600/65601, Google invalid_grant, X 401): the account becomes DISCONNECTED and stops polling until it is reconnected. */
public final class TokenRejectedException extends ApiException {

    public TokenRejectedException(Platform platform, String message) {
        this(platform, message, null);
    }

    public TokenRejectedException(Platform platform, String message, Throwable cause) {
        super(platform, message, cause);
    }

    @Override
    public boolean transientFailure() {
        return false;
    }
}
