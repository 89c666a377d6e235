package app.backline.persistence;

import java.sql.SQLException;

/** What the store's error messages read from an exception's chain of causes. */
final class SqlCauses {

    private SqlCauses() {
    }

    /** The first {@link SQLException} in the chain, {@code null} when there is none. */
    static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** The first line of the innermost cause's message. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
