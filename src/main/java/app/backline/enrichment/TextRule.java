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
 * @param triggers where {@code match} can start (phrase rules; a shortcut); null to look everywhere
 * @param exceptTriggers where an {@code except} phrase can start (phrase rules on lower-case text); null to
 *                 look everywhere
 * @param when     a quick test a caption must pass before {@code match} is tried (regex rules' {@code when:},
 *                 a shortcut the rule's author vouches for); may be null
 * <p>The modifiers read the same form of the caption as {@code match}.
 */
record TextRule(Tag tag, Target target, String source, Pattern match, Pattern except, Pattern unless,
                Pattern needs, TriggerPrefixes triggers, TriggerPrefixes exceptTriggers, Pattern when) {

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

    /** True when the rule gives its tag to {@code caption} (looking everywhere). */
    boolean matches(CaptionText caption) {
        return matches(caption, null, null);
    }

    /**
     * As {@link #matches(CaptionText)}, trying the pattern only at {@code candidates} (ascending char offsets
     * where a match can start, from the rule's triggers), or everywhere when null, and looking for
     * exceptions only at {@code exceptCandidates} (likewise from {@link #exceptTriggers}), or everywhere.
     */
    boolean matches(CaptionText caption, int[] candidates, int[] exceptCandidates) {
        if (candidates != null && candidates.length == 0) {
            return false;
        }
        String text = caption.read(target);
        if (when != null && !when.matcher(text).find()) {
            return false;
        }
        if (unless != null && unless.matcher(text).find()) {
            return false;
        }
        if (needs != null && !needs.matcher(text).find()) {
            return false;
        }
        Matcher m = match.matcher(text);
        Exceptions exceptions = null;
        Found found = candidates == null ? new Anywhere(m) : new AtCandidates(m, candidates, text.length());
        while (found.next()) {
            if (except == null) {
                return true;
            }
            if (exceptions == null) {
                exceptions = new Exceptions(except, text, exceptCandidates);
            }
            if (!exceptions.cover(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reference the shortcuts are checked against: the rule with its pattern tried everywhere and its
     * {@code when:} test ignored.
     */
    boolean matchesWithoutShortcuts(CaptionText caption) {
        return new TextRule(tag, target, source, match, except, unless, needs, null, null, null).matches(caption);
    }

    /** The successive matches of the rule's pattern, as {@link Matcher#find()} would give them. */
    private interface Found {
        boolean next();
    }

    private record Anywhere(Matcher m) implements Found {
        @Override
        public boolean next() {
            return m.find();
        }
    }

    /**
     * Matches tried only where a trigger word starts. A match can only start there, so trying the candidates
     * left to right and skipping those inside the previous match yields exactly {@code find()}'s matches.
     */
    private static final class AtCandidates implements Found {
        private final Matcher m;
        private final int[] candidates;
        private final int length;
        private int next;
        private int end;

        AtCandidates(Matcher m, int[] candidates, int length) {
            this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
            this.candidates = candidates;
            this.length = length;
        }

        @Override
        public boolean next() {
            while (next < candidates.length) {
                int at = candidates[next++];
                if (at < end) {
                    continue;
                }
                m.region(at, length);
                if (m.lookingAt()) {
                    end = Math.max(m.end(), at + 1);
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Every span of the text where an exception phrase is found, starting at any position (overlapping ones
     * included), found once per caption rather than once per match.
     */
    private static final class Exceptions {
        private final java.util.List<int[]> spans = new java.util.ArrayList<>();

        Exceptions(Pattern except, String text, int[] candidates) {
            Matcher e = except.matcher(text);
            if (candidates != null) {
                // an exception can only start at a candidate: the same spans as the scan below
                e.useTransparentBounds(true).useAnchoringBounds(false);
                for (int at : candidates) {
                    if (e.region(at, text.length()).lookingAt()) {
                        spans.add(new int[] {e.start(), e.end()});
                    }
                }
                return;
            }
            for (int from = 0; from <= text.length() && e.find(from); from = e.start() + 1) {
                spans.add(new int[] {e.start(), e.end()});
            }
        }

        boolean cover(int start, int end) {
            for (int[] span : spans) {
                if (span[0] <= start && span[1] >= end) {
                    return true;
                }
            }
            return false;
        }
    }
}
