package app.backline.domain;

import java.util.Locale;
import java.util.Map;

/**
 * Language tags from archives and platform APIs as ISO 639-1 codes: X's {@code lang}, YouTube's
 * {@code defaultLanguage} and Takeout audio language, BCP 47 tags such as {@code en-US}.
 * X also writes pseudo codes that name no language
 * ({@code und} undetermined, {@code zxx} no text, {@code qme} media only, {@code qam} mentions only,
 * {@code qht} hashtags only, {@code qct} cashtags only, {@code qst} very short), regional forms
 * ({@code zh-cn}) and retired codes ({@code in} for Indonesian).
 */
public final class LanguageCodes {

    private static final Map<String, String> RETIRED = Map.of("in", "id", "iw", "he", "ji", "yi");

    private LanguageCodes() {
    }

    /**
     * @param lang a language tag such as {@code de}, {@code zh-cn} or {@code en-US}, may be {@code null}
     * @return a two-letter lower-case code, or {@code null} for pseudo codes and anything unknown
     */
    public static String toIso6391(String lang) {
        if (lang == null) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash >= 0) {
            code = code.substring(0, dash);
        }
        code = RETIRED.getOrDefault(code, code);
        return code.matches("[a-z]{2}") ? code : null;
    }
}
