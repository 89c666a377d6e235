package app.backline.persistence.repository;

import app.backline.common.UserFacingException;

/** The account was removed while something was written for it. */
public final class AccountGoneException extends UserFacingException {

    public AccountGoneException(long accountId) {
        super("Account " + accountId + " was removed");
    }
}
