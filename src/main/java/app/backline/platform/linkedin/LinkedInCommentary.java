package app.backline.platform.linkedin;

/**
 * LinkedIn's "little text" commentary as plain text. In it the characters {@code | { } @ [ ] ( ) < > # \ * _ ~}
 * are escaped with a backslash, a mention is {@code @[Name](urn:li:organization:123)} and a hashtag is
 * {@code {hashtag|\#|tag}}. Out come the name alone and {@code #tag}, so the caption reads as it does on
 * LinkedIn; anything that is not well formed is kept as written.
 */
final class LinkedInCommentary {

    private LinkedInCommentary() {
    }

    /** {@code null} reads as {@code ""}. */
    static String plain(String little) {
        if (little == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(little.length());
        int i = 0;
        while (i < little.length()) {
            char c = little.charAt(i);
            if (c == '\\' && i + 1 < little.length()) {
                out.append(little.charAt(i + 1));
                i += 2;
            } else if (c == '@' && i + 1 < little.length() && little.charAt(i + 1) == '[') {
                i = mention(little, i, out);
            } else if (c == '{') {
                i = hashtag(little, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code @[Name](urn)} at {@code at} → Name; returns the index after it (or after the '@' when malformed). */
    private static int mention(String s, int at, StringBuilder out) {
        int close = unescaped(s, ']', at + 2);
        int end = close > 0 && close + 1 < s.length() && s.charAt(close + 1) == '(' ? unescaped(s, ')', close + 2) : -1;
        if (end < 0) {
            out.append('@');
            return at + 1;
        }
        out.append(plain(s.substring(at + 2, close)));
        return end + 1;
    }

    /** {@code {hashtag|\#|tag}} at {@code at} → #tag; any other template is kept as written. */
    private static int hashtag(String s, int at, StringBuilder out) {
        int end = unescaped(s, '}', at + 1);
        String prefix = "{hashtag|";
        if (end < 0 || !s.startsWith(prefix, at)) {
            out.append('{');
            return at + 1;
        }
        int bar = unescaped(s, '|', at + prefix.length());
        if (bar < 0 || bar > end) {
            out.append('{');
            return at + 1;
        }
        out.append(plain(s.substring(at + prefix.length(), bar))).append(plain(s.substring(bar + 1, end)));
        return end + 1;
    }

    /** Index of the first {@code wanted} from {@code from} that is not escaped; -1 when there is none. */
    private static int unescaped(String s, char wanted, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }
}
