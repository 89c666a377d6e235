package app.backline.importer;

import java.util.List;

/**
 * One data row of an archive CSV file, with as many values as its header has columns.
 *
 * @param number 1-based position among the data rows (the header row not counted), for messages
 */
record CsvRow(CsvHeader header, List<String> values, int number) {

    CsvRow {
        values = List.copyOf(values);
    }

    /**
     * The value of the first of {@code columns} (normalised names, see {@link CsvHeader}) that the
     * header has and that is not blank, as written (not stripped).
     *
     * @return {@code null} when none has a value
     */
    String get(String... columns) {
        for (String column : columns) {
            String value = at(header.indexOf(column));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The value at a column position; {@code null} when out of range or blank. */
    String at(int position) {
        if (position < 0 || position >= values.size()) {
            return null;
        }
        String value = values.get(position);
        return value == null || value.isBlank() ? null : value;
    }
}
