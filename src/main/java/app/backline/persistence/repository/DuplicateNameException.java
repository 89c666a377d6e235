package app.backline.persistence.repository;

import app.backline.common.UserFacingException;

/** Another artist already has the name. */
public final class DuplicateNameException extends UserFacingException {

    public DuplicateNameException(String name) {
        super("There is already an artist called \"" + name + "\"");
    }
}
