package app.backline.ui.settings;

import java.util.Properties;

/**
 * What the window remembers between runs, kept in {@code settings.properties} in the data directory.
 *
 * @param dark     the theme the user chose; {@code null} until they choose (then the OS setting applies)
 * @param window   the window's last bounds, {@code null} when unknown
 * @param artistId the artist selected last, {@code null} when none
 */
public record UiSettings(Boolean dark, WindowBounds window, Long artistId) {

    public static final UiSettings DEFAULTS = new UiSettings(null, null, null);

    private static final String THEME = "theme";
    private static final String ARTIST = "artist.id";
    private static final String[] WINDOW = {"window.x", "window.y", "window.width", "window.height"};
    private static final String MAXIMIZED = "window.maximized";

    public UiSettings withDark(boolean isDark) {
        return new UiSettings(isDark, window, artistId);
    }

    public UiSettings withWindow(WindowBounds bounds) {
        return new UiSettings(dark, bounds, artistId);
    }

    public UiSettings withArtistId(Long id) {
        return new UiSettings(dark, window, id);
    }

    /** Reads what it can: a missing or unreadable value is left unknown, never an error. */
    public static UiSettings from(Properties properties) {
        String theme = properties.getProperty(THEME, "");
        Boolean dark = theme.equals("dark") ? Boolean.TRUE : theme.equals("light") ? Boolean.FALSE : null;
        return new UiSettings(dark, window(properties), number(properties.getProperty(ARTIST)));
    }

    private static WindowBounds window(Properties properties) {
        double[] values = new double[WINDOW.length];
        for (int i = 0; i < WINDOW.length; i++) {
            Double value = decimal(properties.getProperty(WINDOW[i]));
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        if (values[2] < 100 || values[3] < 100) {
            return null;
        }
        return new WindowBounds(values[0], values[1], values[2], values[3],
                Boolean.parseBoolean(properties.getProperty(MAXIMIZED)));
    }

    public Properties toProperties() {
        Properties out = new Properties();
        if (dark != null) {
            out.setProperty(THEME, dark ? "dark" : "light");
        }
        if (window != null) {
            double[] values = {window.x(), window.y(), window.width(), window.height()};
            for (int i = 0; i < WINDOW.length; i++) {
                out.setProperty(WINDOW[i], Long.toString(Math.round(values[i])));
            }
            out.setProperty(MAXIMIZED, Boolean.toString(window.maximized()));
        }
        if (artistId != null) {
            out.setProperty(ARTIST, artistId.toString());
        }
        return out;
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String text) {
        try {
            double value = text == null ? Double.NaN : Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
