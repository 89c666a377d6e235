package app.backline.secrets;

/** The OS keyring cannot be used now; the message says why in plain words and never holds a secret. */
final class KeyringUnavailableException extends RuntimeException {

    KeyringUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}
