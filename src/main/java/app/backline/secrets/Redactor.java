package app.backline.secrets;

/** What of a token may be shown: its last four characters at most, e.g. "…wxyz" in the account list. */
public final class Redactor {

    /** Shorter tokens show nothing: four characters of a twelve-character secret would be a third of it. */
    private static final int SHOWN_FROM_LENGTH = 12;

    private Redactor() {
    }

    /** "…" + the last four characters; just "…" for a short token; {@code null} for {@code null}. */
    public static String hint(String token) {
        if (token == null) {
            return null;
        }
        String trimmed = token.strip();
        return trimmed.length() < SHOWN_FROM_LENGTH ? "…" : "…" + trimmed.substring(trimmed.length() - 4);
    }
}
