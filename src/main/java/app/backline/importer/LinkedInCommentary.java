package app.backline.importer;

/**
 * Undoes LinkedIn's line wrapping in {@code Shares.csv}. The file is valid CSV as a whole (each value
 * quoted once, inner quotes doubled), but before quoting LinkedIn wraps every line break of a
 * multi-line commentary in quotes of its own: the text {@code a⏎⏎b} is stored as the value
 * {@code a"⏎""⏎"b}, which appears in the file as {@code "a""⏎""""⏎""b"}. So after CSV decoding every
 * line break of such a value has a {@code "} right before it and right after it, and those two quotes
 * are not part of the text.
 */
final class LinkedInCommentary {

    private LinkedInCommentary() {
    }

    /**
     * @param value a decoded {@code ShareCommentary} value, may be {@code null}
     * @return the text as posted: when every line break ({@code \n} or {@code \r\n}) has a quote on both
     *         sides, those quotes removed and line breaks as {@code \n}; any other value unchanged
     *         ({@code null} as {@code ""}), so a file LinkedIn someday writes correctly reads as it is
     */
    static String unwrap(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n");
        if (text.indexOf('\n') < 0 || !everyBreakWrapped(text)) {
            return value.indexOf('\r') < 0 ? value : text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            out.append(text, start, nl - 1).append('\n');
            start = nl + 2;
        }
        return out.append(text, start, text.length()).toString();
    }

    /** Each break has its own two quotes: two breaks never share one ({@code "⏎"⏎"} is not wrapped). */
    private static boolean everyBreakWrapped(String text) {
        int previous = -2;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            boolean quoteBefore = nl - previous >= 3 && text.charAt(nl - 1) == '"';
            boolean quoteAfter = nl + 1 < text.length() && text.charAt(nl + 1) == '"';
            if (!quoteBefore || !quoteAfter) {
                return false;
            }
            previous = nl;
        }
        return true;
    }
}
