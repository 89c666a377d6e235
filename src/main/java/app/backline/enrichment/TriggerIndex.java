package app.backline.enrichment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trigger words of every phrase rule in one character trie, so one walk over a caption's words tells each
 * rule where its pattern can start ({@link TriggerPrefixes} says why that is exact). Built once by the tagger;
 * read-only and thread-safe afterwards.
 */
final class TriggerIndex {

    /** Rule and leading-symbol count of one trigger that ends at a trie node. */
    private record Hit(int rule, int lead) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        final List<Hit> whole = new ArrayList<>(1);
        final List<Hit> prefix = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final int rules;

    TriggerIndex(int rules) {
        this.rules = rules;
    }

    void add(String word, boolean isPrefix, int lead, int rule) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.next.computeIfAbsent(word.charAt(i), c -> new Node());
        }
        (isPrefix ? node.prefix : node.whole).add(new Hit(rule, lead));
    }

    /**
     * Where each rule's pattern can start in {@code text}: for rule {@code r}, {@code result[r]} lists char
     * offsets in ascending order, empty when the text holds none of its triggers.
     */
    int[][] candidates(WordStarts text) {
        List<BitSet> starts = new ArrayList<>(rules);
        for (int r = 0; r < rules; r++) {
            starts.add(null);
        }
        for (int w = 0; w < text.size(); w++) {
            String word = text.word(w);
            int at = text.start(w);
            Node node = root;
            for (int i = 0; i < word.length() && node != null; i++) {
                node = node.next.get(word.charAt(i));
                if (node != null) {
                    mark(node.prefix, at, starts);
                    if (i == word.length() - 1) {
                        mark(node.whole, at, starts);
                    }
                }
            }
        }
        int[][] out = new int[rules][];
        for (int r = 0; r < rules; r++) {
            BitSet s = starts.get(r);
            out[r] = s == null ? new int[0] : s.stream().toArray();
        }
        return out;
    }

    private static void mark(List<Hit> hits, int at, List<BitSet> starts) {
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            int start = at - hit.lead();
            if (start >= 0) {
                BitSet s = starts.get(hit.rule());
                if (s == null) {
                    s = new BitSet();
                    starts.set(hit.rule(), s);
                }
                s.set(start);
            }
        }
    }
}
