package app.backline.enrichment;

import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern TRAILING_HASHTAGS = Pattern.compile(
            "(?:(?:[\\s\\p{So}\\p{Sk}\\p{Cf}\\p{M}]*" + HASHTAG + "[^\\p{L}\\p{N}#@\\s]*){2,}"
                    + "|(?<=^|[.!?…\\n\\p{So}\\p{Sk}])\\s*" + HASHTAG + ")" + FILLER + "$");
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^\\s*(?:@[\\p{L}\\p{N}_.]+[\\s,:;]*)+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** What a line ends with when it led into a link or a list: "Listen:", "tickets →", "here 👇". */
    private static final Pattern LEAD_IN_END = Pattern.compile("[\\s:→➡⬇↓👉👇]+[\\uFE0F]?$");

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
        text = TRAILING_HASHTAGS.matcher(text.strip()).replaceFirst("");
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
            String clean = LEAD_IN_END.matcher(SPACES.matcher(line).replaceAll(" ").strip()).replaceFirst("");
            if (LETTER_OR_DIGIT.matcher(clean).find() && !HASHTAG_LINE.matcher(clean).matches()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    private static String withoutLinks(String caption) {
        String marked = Links.remove(caption.replace(LINK_MARK, " "), LINK_MARK);
        return LINK_BEFORE_PUNCTUATION.matcher(marked).replaceAll("").replace(LINK_MARK, " ");
    }

    private static String withoutLeadingMentions(String text) {
        String rest = LEADING_MENTIONS.matcher(text).replaceFirst("");
        return LETTER_OR_DIGIT.matcher(rest).find() ? rest : text;
    }
}
