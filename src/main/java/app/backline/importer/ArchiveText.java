package app.backline.importer;

/**
 * Plain-text values from archives made to fit the store: what the platform writes is kept, but never
 * longer than the store's column, so that a damaged or hostile value cannot fail the ingest.
 */
final class ArchiveText {

    /** Store column {@code post.visibility}. */
    static final int MAX_VISIBILITY = 32;
    /** Store column {@code social_account.handle}. */
    static final int MAX_HANDLE = 120;
    /** Store columns {@code post.permalink} and {@code social_account.profile_url} (the smaller). */
    static final int MAX_URL = 500;

    private ArchiveText() {
    }

    /** The value without outer white space; {@code null} when {@code null} or blank. */
    static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** {@link #strip stripped}, then cut to {@code max} characters (never inside a surrogate pair). */
    static String capped(String value, int max) {
        String s = strip(value);
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** An {@code http(s)} address of at most {@link #MAX_URL} characters without white space; else {@code null}. */
    static String url(String value) {
        String s = strip(value);
        boolean web = s != null && (s.startsWith("https://") || s.startsWith("http://"));
        return web && s.length() <= MAX_URL && s.chars().noneMatch(Character::isWhitespace) ? s : null;
    }
}
