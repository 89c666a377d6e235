package app.backline.enrichment;

import app.backline.domain.Tag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Exact-set accuracy and per-tag precision and recall of a tagger over labelled captions. */
final class TaggingScore {

    private final Map<Tag, int[]> counts = new EnumMap<>(Tag.class);
    private final List<String> misses = new ArrayList<>();
    private int exact;
    private int total;

    /** Adds one caption's expected and actual tags. */
    void add(LabelledCaptions.Labelled labelled, Set<Tag> actual) {
        total++;
        if (labelled.expected().equals(actual)) {
            exact++;
        } else {
            misses.add(String.format(Locale.ROOT, "  line %d [%s] expected %s got %s: %s", labelled.line(),
                    labelled.language(), labelled.expected(), actual, labelled.caption().replace("\n", "\\n")));
        }
        for (Tag tag : Tag.values()) {
            int[] c = counts.computeIfAbsent(tag, t -> new int[3]);
            boolean expected = labelled.expected().contains(tag);
            boolean got = actual.contains(tag);
            if (expected && got) {
                c[0]++;
            } else if (got) {
                c[1]++;
            } else if (expected) {
                c[2]++;
            }
        }
    }

    /** Share of captions whose tags match exactly. */
    double accuracy() {
        return total == 0 ? 0 : (double) exact / total;
    }

    /** A table for the test output and the decision record. */
    String report(String title) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: exact-set accuracy %d/%d = %.1f%%%n  tag       precision  recall   (tp/fp/fn)%n",
                title, exact, total, 100 * accuracy()));
        for (Tag tag : Tag.values()) {
            int[] c = counts.get(tag);
            out.append(String.format(Locale.ROOT, "  %-8s  %6s     %6s   (%d/%d/%d)%n", tag.key(),
                    percent(c[0], c[0] + c[1]), percent(c[0], c[0] + c[2]), c[0], c[1], c[2]));
        }
        if (!misses.isEmpty()) {
            out.append("  misses:\n");
            misses.forEach(m -> out.append(m).append('\n'));
        }
        return out.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
