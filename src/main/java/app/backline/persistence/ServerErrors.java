package app.backline.persistence;

import app.backline.common.UserFacingException;
import java.net.URI;
import java.sql.SQLException;

/**
 * Turns a team server's failures into one plain-words line: unreachable, login refused, no such database,
 * schema newer than this app, or else the server's own first line. SQL states are PostgreSQL's
 * (<a href="https://www.postgresql.org/docs/current/errcodes-appendix.html">Appendix A</a>).
 */
final class ServerErrors {

    private ServerErrors() {
    }

    static RuntimeException translate(String jdbcUrl, Exception e) {
        if (e instanceof UserFacingException u) {
            return u;
        }
        String where = withoutSecrets(jdbcUrl);
        SQLException sql = SqlCauses.findSql(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")) {
            return new UserFacingException("Cannot reach the team server " + where
                    + ": check the address and that the server is running (" + SqlCauses.rootMessage(e) + ")", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new UserFacingException("The team server " + where
                    + " refused the login: check the user name and password", e);
        }
        if (state.equals("3D000")) {
            return new UserFacingException("The team server " + where + " has no such database: ask whoever runs"
                    + " the server to create it", e);
        }
        if (String.valueOf(e.getMessage()).contains("newer than")
                || e.getClass().getSimpleName().contains("FlywayValidate")) {
            return new UserFacingException("The team store on " + where
                    + " was set up by a newer version of Backline: update Backline to use it", e);
        }
        return new UserFacingException("Cannot use the team server " + where + ": " + SqlCauses.rootMessage(e), e);
    }

    /** The address without user information or query (where a password could be written), for messages and logs. */
    static String withoutSecrets(String jdbcUrl) {
        String rest = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl;
        try {
            URI uri = URI.create(rest);
            String host = uri.getHost() == null ? "" : uri.getHost();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + host + port + (uri.getPath() == null ? "" : uri.getPath());
        } catch (IllegalArgumentException malformed) {
            int cut = rest.indexOf('?');
            return cut < 0 ? rest : rest.substring(0, cut);
        }
    }
}
