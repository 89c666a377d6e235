package app.backline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes captions of a {@link CaptionShape}: sentences of everyday words (an invented vocabulary drawn with
 * Zipf-like frequencies, capitals and punctuation as people write them), now and then a sentence about one of
 * the topics label staff tag on, then the drawn number of mentions, links and hashtags.
 *
 * <p>Topic rates are an assumption for a musician's feed, stated here so they can be replaced: a release
 * sentence in 15 % of captions, a show in 15 % (a third of those as a tour line "12 May – Berlin, Lido"),
 * merch 6 %, press 6 %; the rest is everyday talk. For comparison, the tagger gives GENERAL to 96.5 % of the
 * X sample archive's 2 045 tweets and to 76 % of the LinkedIn sample's 198 shares (neither is a musician),
 * so the synthetic feed is, if anything, heavier on topic phrases than real text.
 */
final class CaptionWriter {

    /** A caption and the entities written into it (hashtags without '#', mentions without '@'). */
    record Caption(String text, List<String> hashtags, List<String> mentions, List<String> links) {
    }

    /** Everyday words, most frequent first (the draw weights them about 1 / rank). */
    private static final String[] WORDS = ("the to and a i you it of in is that for we this my on with was "
            + "so be all just at have are me but what your like it's not love can our one so much get "
            + "day time good thanks people back know from they out up about here some new when today "
            + "really how night more there been who see think still can't make going last do great "
            + "want now best first way little always never thing feel week better year long come through "
            + "again home tomorrow morning yesterday happy friends family everyone work after before "
            + "made together because years show hard while found getting something nothing everything "
            + "amazing beautiful crazy favourite moment moments memories sound words light world heart "
            + "summer winter coffee train rain sun city road kitchen window dog cat garden weekend "
            + "song songs guitar piano drums voice studio band music writing playing listening dancing "
            + "dream soon maybe finally honestly forever little bit lot lots whole kind big small").split(" ");
    private static final String[][] TOPICS = {
        {"New single out Friday", "The new album is out now", "Pre-save the new song", "Out everywhere tonight",
            "Listen now on all platforms", "Our debut EP drops at midnight"},
        {"Tickets on sale now", "Tour dates just announced", "See you tonight at the show",
            "Last night in Dublin was unreal", "Festival season starts this weekend", "Doors open at 8pm"},
        {"Merch restock this Friday", "New hoodies in the store", "Vinyl is back in stock",
            "Limited edition shirts available now"},
        {"Thanks to the magazine for the interview", "Read the full feature", "On the radio tonight",
            "Huge review in the paper today"},
    };
    private static final double[] TOPIC_RATE = {.15, .15, .06, .06};
    private static final String[] CITIES = {"Berlin", "London", "Paris", "Madrid", "Dublin", "Brooklyn", "Leeds",
        "Hamburg", "Lisbon", "Oslo"};
    private static final String[] VENUES = {"Lido", "The Roxy", "Paradiso", "Gloria", "Roundhouse", "Sala Apolo"};
    private static final String[] MONTHS = {"Jan", "Feb", "March", "April", "May", "June", "July", "Sept", "Oct",
        "Nov"};
    private static final String[] ENDINGS = {".", ".", ".", "!", "!", "?", " ❤️", " 🙏", "…"};
    private static final String[] TAGS = {"newmusic", "livemusic", "tour", "vinyl", "merch", "indie", "music",
        "festival", "studio", "outnow", "premiere", "concert", "tbt", "sunday", "love", "mood"};

    private final SplittableRandom random;
    private final CaptionShape shape;
    private final double[] cumulative;

    CaptionWriter(SplittableRandom random, CaptionShape shape) {
        this.random = random;
        this.shape = shape;
        this.cumulative = new double[WORDS.length];
        double sum = 0;
        for (int i = 0; i < WORDS.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
    }

    Caption next() {
        int target = shape.length(random);
        List<String> mentions = entities(Distributions.discrete(random, shape.mentions()),
                () -> "fan_" + Integer.toString(random.nextInt(5000), 36));
        List<String> hashtags = entities(Distributions.discrete(random, shape.hashtags()),
                () -> TAGS[random.nextInt(TAGS.length)]);
        List<String> links = entities(Distributions.discrete(random, shape.links()),
                () -> "https://example.com/r/" + Integer.toString(random.nextInt(1 << 20), 36));
        StringBuilder text = new StringBuilder(target + 64);
        mentions.forEach(m -> text.append('@').append(m).append(' '));
        int tail = hashtags.stream().mapToInt(h -> h.length() + 2).sum()
                + links.stream().mapToInt(l -> l.length() + 1).sum();
        for (int topic = 0; topic < TOPICS.length; topic++) {
            if (random.nextDouble() < TOPIC_RATE[topic]) {
                text.append(topicSentence(topic)).append(' ');
            }
        }
        while (text.length() + tail < target) {
            text.append(sentence()).append(' ');
        }
        if (text.length() + tail > target && text.length() > 0) {
            text.setLength(Math.max(0, Math.min(text.length(), target - tail)));
            if (text.length() > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                // never cut an emoji in half: a lone surrogate is not text any platform sends
                text.setLength(text.length() - 1);
            }
        }
        links.forEach(l -> text.append(' ').append(l));
        if (!hashtags.isEmpty()) {
            text.append('\n');
            hashtags.forEach(h -> text.append('#').append(h).append(' '));
        }
        return new Caption(text.toString().strip(), hashtags, mentions, links);
    }

    private String topicSentence(int topic) {
        if (topic == 1 && random.nextInt(3) == 0) {
            return "\n" + (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(MONTHS.length)] + " – "
                    + CITIES[random.nextInt(CITIES.length)] + ", " + VENUES[random.nextInt(VENUES.length)] + "\n";
        }
        String[] choices = TOPICS[topic];
        return choices[random.nextInt(choices.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
    }

    private String sentence() {
        int words = 4 + random.nextInt(12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = word();
            if (i == 0) {
                s.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                s.append(' ').append(word);
            }
            if (i > 2 && i < words - 1 && random.nextInt(12) == 0) {
                s.append(',');
            }
        }
        return s.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString();
    }

    private String word() {
        double draw = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = java.util.Arrays.binarySearch(cumulative, draw);
        return WORDS[at >= 0 ? at : Math.min(WORDS.length - 1, -at - 1)];
    }

    private static List<String> entities(int count, Supplier<String> next) {
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            String value = next.get();
            if (!out.contains(value)) {
                out.add(value);
            }
        }
        return out;
    }
}
