package app.backline.enrichment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in caption text and splits them into host and path. Written for captions, not for RFC 3986:
 * it never throws, it only reads what is there.
 */
final class Links {

    /** A link with a scheme or starting with {@code www.}, up to the next space or closing quote. */
    static final Pattern SCHEMED = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"'«»“”‘’]+");

    /**
     * A bare domain without scheme ({@code band.com/tour}, {@code dice.fm}): lower-case labels and either a
     * path or one of the top-level domains captions commonly carry. Lower-case only, so "Out NOW.The" stays text.
     */
    static final Pattern BARE = Pattern.compile(
            "(?<![\\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
                    + "(?:[a-z]{2,24}/[^\\s<>\"'«»“”‘’]*"
                    + "|(?:com|net|org|io|fm|co|to|me|ee|it|de|fr|es|at|ch|uk|us|be|nl|link|ly|app|mx)(?![\\w.]))");

    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern USER_INFO = Pattern.compile("^[^@]*@");
    private static final Pattern PORT = Pattern.compile(":\\d*$");

    private Links() {
    }

    /** A link's lower-case host without {@code www.} and port, and its path (with query), {@code ""} when none. */
    record HostPath(String host, String path) {
    }

    /** Every link in {@code text}, with a scheme or bare, trailing sentence punctuation removed. */
    static List<String> findIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : patternsThatMayMatch(text)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(trimPunctuation(m.group()));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Text with every link replaced by {@code replacement}; punctuation that ended the sentence after a link
     * ("listen at band.com/new.") stays.
     */
    static String remove(String text, String replacement) {
        String result = text;
        for (Pattern p : patternsThatMayMatch(text)) {
            result = replace(p, result, replacement);
        }
        return result;
    }

    /**
     * The link patterns worth running over {@code text}: a scheme needs "://" or "www." and a bare domain a
     * dot followed by a lower-case letter, which most captions lack; scanning for those is far cheaper than
     * trying the patterns at every position.
     */
    private static List<Pattern> patternsThatMayMatch(String text) {
        boolean schemed = text.contains("://") || containsIgnoreCase(text, "www.");
        boolean bare = false;
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            char next = text.charAt(i + 1);
            if (next >= 'a' && next <= 'z') {
                bare = true;
                break;
            }
        }
        if (schemed && bare) {
            return List.of(SCHEMED, BARE);
        }
        return schemed ? List.of(SCHEMED) : bare ? List.of(BARE) : List.of();
    }

    private static boolean containsIgnoreCase(String text, String lowerNeedle) {
        char first = lowerNeedle.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0; i + lowerNeedle.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Pattern pattern, String text, String replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String link = trimPunctuation(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement + m.group().substring(link.length())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits a link, with or without scheme, into host and path. */
    static HostPath split(String link) {
        String rest = SCHEME.matcher(link).replaceFirst("");
        int cut = indexOfAny(rest, "/?#");
        String host = (cut < 0 ? rest : rest.substring(0, cut)).toLowerCase(Locale.ROOT);
        String path = cut < 0 ? "" : rest.substring(cut);
        host = PORT.matcher(USER_INFO.matcher(host).replaceFirst("")).replaceFirst("");
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return new HostPath(host, path.startsWith("/") ? path : "/" + path);
    }

    private static String trimPunctuation(String link) {
        int end = link.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
