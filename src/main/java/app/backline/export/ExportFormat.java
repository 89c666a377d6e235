package app.backline.export;

import java.util.Locale;

/** The file formats an export can be written in. */
public enum ExportFormat {
    /** One JSON array of post objects, newest first. */
    JSON,
    /** RFC 4180 CSV, UTF-8, with a header row; nested values flattened. */
    CSV;

    /** File name extension without the dot, e.g. {@code "csv"}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a format name in any case ({@code "json"}, {@code "CSV"}).
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is neither
     */
    public static ExportFormat parse(String text) {
        String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.name().equals(upper)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + text + "': use json or csv");
    }
}
