package app.backline.app;

import app.backline.common.UserFacingException;
import app.backline.persistence.Database;
import java.util.Map;

/**
 * Where the store is: the embedded H2 file in the data directory (the default), or a team's PostgreSQL server
 * chosen with {@code --store JDBC_URL} or {@code BACKLINE_STORE_URL}, with the login from
 * {@code BACKLINE_STORE_USER} / {@code BACKLINE_STORE_PASSWORD}. The password never appears in
 * {@link #toString()}.
 *
 * @param serverUrl {@code jdbc:postgresql://HOST[:PORT]/DATABASE}, {@code null} for the embedded store
 */
public record StoreChoice(String serverUrl, String user, String password) {

    public static final String URL_VARIABLE = "BACKLINE_STORE_URL";
    public static final StoreChoice EMBEDDED = new StoreChoice(null, null, null);

    /**
     * @param storeOption the {@code --store} value, {@code null} when not given (then {@value #URL_VARIABLE})
     * @throws UserFacingException when the address is not a PostgreSQL one
     */
    public static StoreChoice resolve(String storeOption, Map<String, String> env) {
        String url = storeOption != null ? storeOption : env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return EMBEDDED;
        }
        url = url.strip();
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new UserFacingException("A team store is a PostgreSQL server: give its address as"
                    + " jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        return new StoreChoice(url, env.getOrDefault("BACKLINE_STORE_USER", System.getProperty("user.name")),
                env.getOrDefault("BACKLINE_STORE_PASSWORD", ""));
    }

    /** Whether the store is a team's server rather than this computer's file. */
    public boolean team() {
        return serverUrl != null;
    }

    @Override
    public String toString() {
        return team() ? "team server " + Database.serverAddress(serverUrl) + " as " + user : "this computer's store";
    }
}
