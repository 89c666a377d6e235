package app.backline.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a header line and one line per row, columns left-aligned, two spaces apart. */
final class TextTable {

    private TextTable() {
    }

    /** Every line ends in a newline, without trailing spaces. */
    static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
