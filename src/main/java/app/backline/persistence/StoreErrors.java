package app.backline.persistence;

import app.backline.common.DiskFull;
import app.backline.common.UserFacingException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns store failures into one plain-words line. */
final class StoreErrors {

    private StoreErrors() {
    }

    static RuntimeException translate(Path databaseBase, RuntimeException e) {
        if (e instanceof UserFacingException) {
            return e;
        }
        SQLException sql = SqlCauses.findSql(e);
        String where = databaseBase.toAbsolutePath().getParent().toString();
        if (sql != null && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new UserFacingException("The store in " + where + " is in use by another program", e);
        }
        if (DiskFull.causedBy(e)) {
            return new UserFacingException("The disk holding " + where + " is full: free some space and try again", e);
        }
        if (String.valueOf(e.getMessage()).contains("newer than")
                || e.getClass().getSimpleName().contains("FlywayValidate")) {
            return new UserFacingException("The store in " + where
                    + " was written by a newer version of Backline: update Backline to open it", e);
        }
        return new UserFacingException("Cannot open the store in " + where + ": " + SqlCauses.rootMessage(e), e);
    }
}
