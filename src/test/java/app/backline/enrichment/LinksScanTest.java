package app.backline.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word-restricted scan for bare domains finds exactly what {@code Matcher.find()} over the whole text does. */
class LinksScanTest {

    private static final String[] PIECES = {"band", ".com", ".fm", ".co.uk", "/tour", "dice", ".", "..", "-", "x",
        "9", " ", "  ", "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "@", "@fan", "www.", "https://", "Out NOW.The",
        "e.g.", "/", "?q=1", "#", "\"", "'", "«", "“", "é", "🎉", ",", "!", ")", "_", "a.b", ".link", "linktr.ee",
        "ly", ".io", "2024.", "sub.", "A.", ".Com"};

    @Test
    void bareDomainsAreFoundWhereTheWholeTextScanFindsThem() {
        SplittableRandom random = new SplittableRandom(5);
        int withMatches = 0;
        for (int i = 0; i < 40_000; i++) {
            String text = random(random);
            List<String> expected = wholeTextScan(Links.BARE, text);
            List<String> actual = new ArrayList<>();
            Links.Scan scan = new Links.Scan(Links.BARE, text);
            while (scan.next()) {
                Matcher m = scan.matcher();
                actual.add(m.start() + ":" + m.group());
            }
            assertThat(actual).as(text).isEqualTo(expected);
            withMatches += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withMatches).as("texts with a bare domain").isGreaterThan(2_000);
    }

    @Test
    void linksAreRemovedAsTheRegularExpressionsWould() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random);
            String expected = text;
            for (Pattern p : List.of(Links.SCHEMED, Links.BARE)) {
                expected = replaceWholeText(p, expected);
            }
            assertThat(Links.remove(text, "<L>")).as(text).isEqualTo(expected);
        }
    }

    private static List<String> wholeTextScan(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    /** The replacement as it was written before the scan: every match, trailing punctuation kept. */
    private static String replaceWholeText(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String match = m.group();
            int end = match.length();
            while (end > 0 && ".,;:!?)]}".indexOf(match.charAt(end - 1)) >= 0) {
                end--;
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<L>" + match.substring(end)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String random(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(14);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
