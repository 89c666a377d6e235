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
            Scan scan = new Scan(p, text);
            while (scan.next()) {
                found.add(trimPunctuation(scan.matcher().group()));
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
        Scan scan = new Scan(pattern, text);
        StringBuilder out = null;
        int last = 0;
        while (scan.next()) {
            Matcher m = scan.matcher();
            String match = m.group();
            String link = trimPunctuation(match);
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(replacement).append(match, link.length(), match.length());
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * Successive matches of one link pattern in a text, as {@code Matcher.find()} gives them, except that
     * {@link #BARE} is only tried inside the words (runs without {@code \s}) that hold a dot followed by a
     * lower-case letter. Every match of {@code BARE} lies in such a word: its labels and path exclude
     * {@code \s}, and its last label's dot is followed by the top-level domain's lower-case letter. With
     * transparent bounds the pattern's look-behind and look-ahead still see the text around the word, so the
     * matches are the ones a scan of the whole text finds, in the same order ({@code LinksScanTest}), without
     * starting the pattern at every letter of the caption.
     */
    static final class Scan {
        private final Pattern pattern;
        private final String text;
        private final Matcher matcher;
        private int from;

        Scan(Pattern pattern, String text) {
            this.pattern = pattern;
            this.text = text;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Moves to the next match; {@code false} when there is none. */
        boolean next() {
            if (pattern != BARE) {
                return matcher.find();
            }
            while (from < text.length()) {
                int dot = nextDotBeforeLowerCase(text, from);
                if (dot < 0) {
                    from = text.length();
                    return false;
                }
                int start = dot;
                while (start > from && !isRegexSpace(text.charAt(start - 1))) {
                    start--;
                }
                int end = dot + 1;
                while (end < text.length() && !isRegexSpace(text.charAt(end))) {
                    end++;
                }
                matcher.region(start, end);
                if (matcher.find()) {
                    from = matcher.end();
                    return true;
                }
                from = end;
            }
            return false;
        }

        /** The current match. */
        Matcher matcher() {
            return matcher;
        }

        private static int nextDotBeforeLowerCase(String text, int from) {
            for (int i = text.indexOf('.', from); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
                char next = text.charAt(i + 1);
                if (next >= 'a' && next <= 'z') {
                    return i;
                }
            }
            return -1;
        }

        /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
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
