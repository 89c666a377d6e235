package app.backline.enrichment;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the phrases of a rule into one pattern. The phrase language, as written in {@code tag-rules.txt}:
 * <ul>
 *   <li>a phrase matches whole words only: "shop" matches "shop" and "#shop", never "workshop";</li>
 *   <li>a space or hyphen between words matches any run of spaces, hyphens or underscores, or nothing, so
 *       "pre-save" matches "pre-save", "pre save", "presave" and "#presave", "out now" matches "#outnow";</li>
 *   <li>a {@code *} at the end of a word matches any letters or digits after it: "ticket*" matches
 *       "tickets" and "ticketsonsale";</li>
 *   <li>phrases are folded like the caption (case, accents, ß), so they are written as people write them.</li>
 * </ul>
 */
final class PhrasePattern {

    private static final String SEPARATOR = "[\\s_-]*";
    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

    private PhrasePattern() {
    }

    /**
     * One pattern that finds any of {@code phrases}, longest phrase first (so an exception such as "signed to"
     * is found as a whole where "signed" alone would also fit).
     *
     * @param flags extra {@link Pattern} flags, for example case-insensitivity when matched on cased text
     * @throws IllegalArgumentException when a phrase is blank or is only a wildcard
     */
    static Pattern compile(List<String> phrases, int flags) {
        List<String> bodies = phrases.stream()
                .map(PhrasePattern::body)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String alternatives = String.join("|", bodies);
        return Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + alternatives + ")(?!" + WORD_CHAR + ")", flags);
    }

    private static String body(String phrase) {
        String folded = TextFolding.fold(phrase).trim();
        String[] words = folded.split("[\\s-]+");
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || word.equals("*")) {
                throw new IllegalArgumentException("Not a phrase: '" + phrase + "'");
            }
            if (!regex.isEmpty()) {
                regex.append(SEPARATOR);
            }
            boolean stem = word.endsWith("*");
            regex.append(Pattern.quote(stem ? word.substring(0, word.length() - 1) : word));
            if (stem) {
                regex.append(WORD_CHAR).append('*');
            }
        }
        return regex.toString();
    }
}
