package app.backline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes captions of a {@link CaptionShape}: filler words (a small invented vocabulary with the words label
 * staff tag on: releases, shows, merch, press) around the drawn number of hashtags, mentions and links.
 */
final class CaptionWriter {

    /** A caption and the entities written into it (hashtags without '#', mentions without '@'). */
    record Caption(String text, List<String> hashtags, List<String> mentions, List<String> links) {
    }

    private static final String[] WORDS = ("the new single out now tonight live tour tickets show stage city "
            + "thank you all for coming merch hoodie store restock interview magazine review feature radio "
            + "studio session album record vinyl video premiere friday weekend festival lineup love this crowd "
            + "we played again soon listen stream link in bio rehearsal writing songs summer winter night").split(" ");
    private static final String[] TAGS = {"newmusic", "livemusic", "tour", "vinyl", "merch", "indie", "music",
            "festival", "studio", "outnow", "premiere", "concert"};

    private final SplittableRandom random;
    private final CaptionShape shape;

    CaptionWriter(SplittableRandom random, CaptionShape shape) {
        this.random = random;
        this.shape = shape;
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
        int fixed = text.length() + hashtags.stream().mapToInt(h -> h.length() + 2).sum()
                + links.stream().mapToInt(l -> l.length() + 1).sum();
        int tail = fixed - text.length();
        while (text.length() + tail < target) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        links.forEach(l -> text.append(l).append(' '));
        hashtags.forEach(h -> text.append('#').append(h).append(' '));
        return new Caption(text.toString().strip(), hashtags, mentions, links);
    }

    private static List<String> entities(int count, java.util.function.Supplier<String> next) {
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
