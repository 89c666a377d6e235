package app.backline.importer;

import app.backline.common.UserFacingException;

/** PLACEHOLDER (drop at merge): the importer branch owns this type. */
public class ArchiveRejectedException extends UserFacingException {

    public ArchiveRejectedException(String message) {
        super(message);
    }
}
