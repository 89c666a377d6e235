package app.backline.enrichment;

import app.backline.domain.Tag;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of {@code tag-rules.txt} that looks at the caption's text or hashtags: when {@link #match} is found
 * (and the modifiers allow it), the caption gets {@link #tag}.
 *
 * @param tag      the tag the rule gives
 * @param target   which form of the caption the rule reads
 * @param source   where the rule was written ({@code tag-rules.txt:42 show words en}), for test messages
 * @param match    what to find
 * @param except   phrases that contain a match and cancel that one match ("signed to" for "signed"); may be null
 * @param unless   phrases that cancel the rule wherever they appear in the caption; may be null
 * @param needs    phrases of which one must also appear in the caption; may be null
 * <p>The modifiers read the same form of the caption as {@code match}.
 */
record TextRule(Tag tag, Target target, String source, Pattern match, Pattern except, Pattern unless,
                Pattern needs) {

    /** The form of a caption a rule reads. */
    enum Target {
        /** Folded, lower-case text without links ({@code words} rules). */
        WORDS,
        /** Folded text without links, capitals kept ({@code regex} rules: dates followed by a venue). */
        CASED,
        /** The hashtags, folded, without underscores, separated by spaces ({@code hashtags} rules). */
        HASHTAGS
    }

    TextRule {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(match, "match");
    }

    /** True when the rule gives its tag to {@code caption}. */
    boolean matches(CaptionText caption) {
        String text = caption.read(target);
        if (unless != null && unless.matcher(text).find()) {
            return false;
        }
        if (needs != null && !needs.matcher(text).find()) {
            return false;
        }
        Matcher m = match.matcher(text);
        while (m.find()) {
            if (!excepted(text, m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    private boolean excepted(String text, int start, int end) {
        if (except == null) {
            return false;
        }
        Matcher e = except.matcher(text);
        for (int from = 0; from <= start && e.find(from); from = e.start() + 1) {
            if (e.start() <= start && e.end() >= end) {
                return true;
            }
        }
        return false;
    }
}
