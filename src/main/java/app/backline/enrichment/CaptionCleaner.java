package app.backline.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a caption what a summary should not repeat: links, the hashtag block at the end and lines of
 * hashtags, the @mentions a reply starts with, lines without a letter or digit (emoji, dividers), the colon or
 * arrow a line ends with when it led into a link, and runs of white space. Removes only; never adds a word.
 * Stateless.
 */
final class CaptionCleaner {

    /** Stands for a removed link until the text around it is tidied; a private-use character. */
    private static final String LINK_MARK = "\uE000";
    /** A removed link and its lead-in just before sentence punctuation: "Listen here: LINK." becomes "Listen here.". */
    private static final Pattern LINK_BEFORE_PUNCTUATION =
            Pattern.compile("[\\s:→➡⬇↓👉👇\\uFE0F]*" + LINK_MARK + "\\s*(?=[.!?,;])");
    private static final String HASHTAG = "#[\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*";
    /** Anything but letters, digits, {@code #} and {@code @}: spaces, punctuation, emoji. */
    private static final String FILLER = "[^\\p{L}\\p{N}#@]*";
    private static final Pattern HASHTAG_LINE = Pattern.compile("(?:" + FILLER + HASHTAG + ")+" + FILLER);
    /** Two or more hashtags at the end, or one after a sentence end, line break, emoji or nothing. */
    static final Pattern TRAILING_HASHTAGS = Pattern.compile(
            "(?:(?:[\\s\\p{So}\\p{Sk}\\p{Cf}\\p{M}]*" + HASHTAG + "[^\\p{L}\\p{N}#@\\s]*){2,}"
                    + "|(?<=^|[.!?…\\n\\p{So}\\p{Sk}])\\s*" + HASHTAG + ")" + FILLER + "$");
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^\\s*(?:@[\\p{L}\\p{N}_.]+[\\s,:;]*)+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** What a line ends with when it led into a link or a list: "Listen:", "tickets →", "here 👇". */
    /** The characters of {@link #LEAD_IN_END}'s run, as code points ({@code \s} is ASCII white space). */
    private static final List<Integer> LEAD_IN_CHARS = " \t\n\u000B\f\r:→➡⬇↓👉👇".codePoints().boxed().toList();
    /** The reference for {@link #withoutLeadInEnd} (tests compare the two). */
    static final Pattern LEAD_IN_END = Pattern.compile("[\\s:→➡⬇↓👉👇]+[\\uFE0F]?$");

    /**
     * The caption's lines worth summarising, in order, each trimmed and with single spaces.
     *
     * @param caption any text; {@code null} gives no lines
     */
    List<String> lines(String caption) {
        if (caption == null || caption.isBlank()) {
            return List.of();
        }
        String text = withoutLeadingMentions(withoutLinks(caption));
        text = withoutTrailingHashtags(text.strip());
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
            String clean = withoutLeadInEnd(SPACES.matcher(line).replaceAll(" ").strip());
            if (LETTER_OR_DIGIT.matcher(clean).find() && !HASHTAG_LINE.matcher(clean).matches()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    private static String withoutLinks(String caption) {
        String marked = Links.remove(caption.replace(LINK_MARK, " "), LINK_MARK);
        if (marked.indexOf(LINK_MARK) < 0) {
            return marked;
        }
        return LINK_BEFORE_PUNCTUATION.matcher(marked).replaceAll("").replace(LINK_MARK, " ");
    }

    /**
     * {@link #TRAILING_HASHTAGS} removed, found without trying every position: a match holds letters and
     * digits only inside hashtags and no {@code @}, so it cannot start before the last letter, digit or
     * {@code @} outside a hashtag. The search starts just after it (the look-behind still sees the text
     * before), which finds the same leftmost match as a search from the start.
     */
    static String withoutTrailingHashtags(String text) {
        Matcher m = TRAILING_HASHTAGS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(trailingStart(text), text.length());
        return m.find() ? text.substring(0, m.start()) + text.substring(m.end()) : text;
    }

    private static int trailingStart(String text) {
        boolean[] inHashtag = new boolean[text.length()];
        for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == '_' || WordStarts.isWordChar(text.codePointAt(j)))) {
                j += Character.charCount(text.codePointAt(j));
            }
            for (int k = i; j > i + 1 && k < j; k++) {
                inHashtag[k] = true;
            }
        }
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!inHashtag[i] && (cp == '@' || WordStarts.isWordChar(cp))) {
                return i + Character.charCount(cp);
            }
        }
        return 0;
    }

    /** {@link #LEAD_IN_END} removed: the run of spaces, colons and arrows (and one U+FE0F) ending a line. */
    static String withoutLeadInEnd(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\uFE0F') {
            end--;
        }
        int start = end;
        while (start > 0 && LEAD_IN_CHARS.indexOf(line.codePointBefore(start)) >= 0) {
            start -= Character.charCount(line.codePointBefore(start));
        }
        return start < end ? line.substring(0, start) : line;
    }

    private static String withoutLeadingMentions(String text) {
        String rest = LEADING_MENTIONS.matcher(text).replaceFirst("");
        return LETTER_OR_DIGIT.matcher(rest).find() ? rest : text;
    }
}
