package app.backline.platform;

import java.util.Objects;

/**
 * An access (or refresh) token in memory. {@link #toString()} shows only the last four characters, so
 * a token that slips into a log line, an exception or a record's toString is not disclosed.
 */
public final class AccessToken {

    private final String value;

    public AccessToken(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An access token cannot be empty");
        }
        this.value = value.strip();
    }

    /** The token itself, for an Authorization header or a query parameter. Never log it. */
    public String reveal() {
        return value;
    }

    /** "…wxyz": at most the last 4 characters, for the UI and logs. */
    public String masked() {
        return masked(value);
    }

    /** "…wxyz" for any secret; "…" alone for secrets of 8 characters or fewer. */
    public static String masked(String secret) {
        if (secret == null || secret.length() <= 8) {
            return "…";
        }
        return "…" + secret.substring(secret.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessToken other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
