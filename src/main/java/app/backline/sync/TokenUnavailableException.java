package app.backline.sync;

/** The account's access token cannot be used (missing, or the vault cannot open it): it must be reconnected. */
final class TokenUnavailableException extends RuntimeException {

    TokenUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
