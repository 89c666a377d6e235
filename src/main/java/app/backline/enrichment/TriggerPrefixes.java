package app.backline.enrichment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where in a caption a phrase rule's pattern can match, so the rule runs its regular expression there only
 * instead of at every position. A phrase pattern ({@link PhrasePattern}) spells its letters literally, may
 * join its words with nothing ("out now" finds "#outnow") and only matches at a word start; so the first word
 * of a match is exactly the phrase's first word, or its first words run together, or, for a trailing
 * {@code *}, starts with them. A phrase that starts with a symbol ({@code @thefader}) starts that many
 * characters before its first word. This is a pure shortcut: it never changes what a rule tags.
 */
final class TriggerPrefixes {

    /** A trigger: the word (or word prefix) and how many characters of symbols the phrase has before it. */
    private record Trigger(String word, int lead) {
    }

    private final Map<String, List<Integer>> words;
    private final List<Trigger> prefixes;

    private TriggerPrefixes(Map<String, List<Integer>> words, List<Trigger> prefixes) {
        this.words = words;
        this.prefixes = prefixes;
    }

    /**
     * Triggers of phrases in the phrase language, folded like the caption; empty when some phrase has no
     * letter or digit in its first word (the rule then runs its pattern everywhere).
     */
    static Optional<TriggerPrefixes> ofPhrases(List<String> phrases) {
        Map<String, TreeSet<Integer>> words = new HashMap<>();
        List<Trigger> prefixes = new ArrayList<>();
        for (String phrase : phrases) {
            String[] parts = TextFolding.fold(phrase).trim().split("[\\s-]+");
            int lead = parts.length == 0 ? 0 : leadLength(parts[0]);
            if (parts.length == 0 || lead == parts[0].length() || parts[0].charAt(lead) == '*') {
                return Optional.empty();
            }
            StringBuilder joined = new StringBuilder();
            for (int p = 0; p < parts.length; p++) {
                String part = p == 0 ? parts[0].substring(lead) : parts[p];
                boolean stem = part.endsWith("*");
                String body = stem ? part.substring(0, part.length() - 1) : part;
                int run = wordRunLength(body);
                if (run < body.length()) {
                    // a symbol inside the word ends the first word of the match right there
                    add(words, joined.append(body, 0, run).toString(), lead);
                    break;
                }
                joined.append(body);
                if (stem) {
                    prefixes.add(new Trigger(joined.toString(), lead));
                    break;
                }
                add(words, joined.toString(), lead);
            }
        }
        Map<String, List<Integer>> frozen = new HashMap<>();
        words.forEach((w, leads) -> frozen.put(w, List.copyOf(leads)));
        return Optional.of(new TriggerPrefixes(Map.copyOf(frozen), List.copyOf(prefixes)));
    }

    private static void add(Map<String, TreeSet<Integer>> words, String word, int lead) {
        words.computeIfAbsent(word, w -> new TreeSet<>()).add(lead);
    }

    private static int leadLength(String word) {
        int i = 0;
        while (i < word.length() && !WordStarts.isWordChar(word.codePointAt(i)) && word.charAt(i) != '*') {
            i += Character.charCount(word.codePointAt(i));
        }
        return i;
    }

    private static int wordRunLength(String s) {
        int i = 0;
        while (i < s.length() && WordStarts.isWordChar(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** Adds every trigger to {@code index} for the rule numbered {@code rule}. */
    void addTo(TriggerIndex index, int rule) {
        words.forEach((word, leads) -> leads.forEach(lead -> index.add(word, false, lead, rule)));
        prefixes.forEach(p -> index.add(p.word(), true, p.lead(), rule));
    }

}
