package app.backline.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of an archive CSV file. Columns are looked up by normalised name: lower case, inner
 * white space collapsed to one space, outer white space dropped, so {@code Video Title (Original)} and
 * {@code Video title (original)} (two real YouTube Takeouts) name the same column.
 */
final class CsvHeader {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    /** @param names the header row as written; a repeated name keeps its first position */
    CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(normalise(names.get(i)), i);
        }
    }

    /** {@code "  Video   Title (Original) "} becomes {@code "video title (original)"}. */
    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Number of columns. */
    int size() {
        return names.size();
    }

    /** Position of the column, or -1 when the header lacks it. */
    int indexOf(String column) {
        return index.getOrDefault(normalise(column), -1);
    }

    /** Whether the header has at least one of {@code columns}. */
    boolean hasAny(List<String> columns) {
        return columns.stream().anyMatch(c -> indexOf(c) >= 0);
    }

    /**
     * Positions of the numbered columns {@code <prefix> 1}, {@code <prefix> 2}, … in number order,
     * e.g. YouTube's {@code Video description text segments 1}.
     */
    List<Integer> numbered(String prefix) {
        Pattern pattern = Pattern.compile(Pattern.quote(normalise(prefix)) + " (\\d{1,6})");
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Matcher m = pattern.matcher(normalise(names.get(i)));
            if (m.matches()) {
                found.add(new int[] {Integer.parseInt(m.group(1)), i});
            }
        }
        found.sort(Comparator.comparingInt(pair -> pair[0]));
        return found.stream().map(pair -> pair[1]).toList();
    }
}
