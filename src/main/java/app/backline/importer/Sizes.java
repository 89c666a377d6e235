package app.backline.importer;

import java.util.Locale;

/** Byte counts in plain words for messages. */
final class Sizes {

    private Sizes() {
    }

    /** e.g. {@code 512 bytes}, {@code 16 MiB}, {@code 50 GiB}. */
    static String human(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%d %s", (long) value, units[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
