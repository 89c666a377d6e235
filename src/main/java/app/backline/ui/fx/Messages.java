package app.backline.ui.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's user-visible text, from the one bundle {@code app/backline/ui/messages.properties}.
 * Code names keys only through {@link #text} and {@link #format}, which a test checks against the bundle.
 */
public final class Messages {

    public static final String BUNDLE = "app.backline.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** The text for {@code key}, or {@code !key!} so that a missing key shows up instead of failing. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** {@link MessageFormat} of the key's pattern (numbers grouped per locale, choices for plurals). */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
