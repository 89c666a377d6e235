package app.backline.persistence.repository;

import app.backline.common.UserFacingException;

/** The artist already has that platform account connected. */
public final class DuplicateAccountException extends UserFacingException {

    private final long existingAccountId;

    public DuplicateAccountException(String message, long existingAccountId) {
        super(message);
        this.existingAccountId = existingAccountId;
    }

    public long existingAccountId() {
        return existingAccountId;
    }
}
