package app.backline.platform;

import java.util.Locale;
import java.util.Map;

/** Platform language tags ({@code en}, {@code en-US}, X's {@code und}, YouTube's {@code zxx}) as ISO 639-1 codes. */
public final class LanguageTags {

    private static final Map<String, String> RETIRED = Map.of("in", "id", "iw", "he", "ji", "yi");

    private LanguageTags() {
    }

    /** A two-letter lower-case code, or {@code null} for pseudo codes ({@code und}, {@code qme}, {@code zxx}) and blanks. */
    public static String iso6391(String tag) {
        if (tag == null) {
            return null;
        }
        String code = tag.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash >= 0) {
            code = code.substring(0, dash);
        }
        code = RETIRED.getOrDefault(code, code);
        return code.matches("[a-z]{2}") ? code : null;
    }
}
