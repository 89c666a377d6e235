package app.backline.bench;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic label: 50 artists posting on five platforms over 5 years (2021-01-01 to
 * 2026-01-01 UTC). Captions follow {@link CaptionShape}; metrics are heavy-tailed (log-normal per post
 * around a log-normal popularity per artist). The same seed and size always give the same posts.
 * Artists are unequal (weight 1/sqrt(rank)) so that one artist's feed is clearly the largest.
 */
final class SyntheticPosts {

    static final int ARTISTS = 50;
    static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
    static final double DAYS = Duration.between(START, Instant.parse("2026-01-01T00:00:00Z")).toDays();
    /** Share of posts per platform (an assumption: no sample says how a label's artists spread). */
    private static final double[] PLATFORM_MIX = {.30, .20, .10, .30, .10};
    /** Posts per archive batch: large artists' archives are imported in slices of this size. */
    static final int BATCH = 5000;

    private final long seed;
    private final int[][] counts;
    private final double[] popularity;

    SyntheticPosts(long seed, int totalPosts) {
        this.seed = seed;
        this.counts = split(totalPosts);
        SplittableRandom random = new SplittableRandom(seed);
        this.popularity = new double[ARTISTS];
        for (int a = 0; a < ARTISTS; a++) {
            popularity[a] = Math.exp(1.5 * Distributions.gaussian(random));
        }
    }

    private static int[][] split(int total) {
        double[] weights = new double[ARTISTS];
        for (int a = 0; a < ARTISTS; a++) {
            weights[a] = 1 / Math.sqrt(a + 1);
        }
        double sum = Arrays.stream(weights).sum();
        int[][] out = new int[ARTISTS][Platform.values().length];
        int given = 0;
        for (int a = 0; a < ARTISTS; a++) {
            for (int p = 0; p < PLATFORM_MIX.length; p++) {
                out[a][p] = (int) (total * weights[a] / sum * PLATFORM_MIX[p]);
                given += out[a][p];
            }
        }
        out[0][Platform.X.ordinal()] += total - given;
        return out;
    }

    /** Every archive slice, artist by artist, each platform's slices oldest first. */
    List<ArchiveBatch> batches() {
        List<ArchiveBatch> out = new ArrayList<>();
        for (int a = 0; a < ARTISTS; a++) {
            for (Platform p : Platform.values()) {
                int n = counts[a][p.ordinal()];
                for (int first = 0; first < n; first += BATCH) {
                    int count = Math.min(BATCH, n - first);
                    out.add(new ArchiveBatch(a, p, first, count, DAYS * first / n, DAYS * (first + count) / n));
                }
            }
        }
        return out;
    }

    /** The posts of one slice, oldest first, not enriched yet (as an archive reader hands them over). */
    List<PostDraft> drafts(ArchiveBatch batch) {
        SplittableRandom random = new SplittableRandom(seed * 31 + batch.artist() * 1_000_003L
                + batch.platform().ordinal() * 10_007L + batch.first());
        double[] days = new double[batch.count()];
        for (int i = 0; i < days.length; i++) {
            days[i] = batch.fromDay() + random.nextDouble() * (batch.toDay() - batch.fromDay());
        }
        Arrays.sort(days);
        CaptionShape shape = CaptionShape.of(batch.platform());
        CaptionWriter writer = new CaptionWriter(random, shape);
        List<PostDraft> out = new ArrayList<>(days.length);
        for (int i = 0; i < days.length; i++) {
            out.add(draft(batch, batch.first() + i, days[i], shape, writer, random));
        }
        return out;
    }

    private PostDraft draft(ArchiveBatch batch, int index, double day, CaptionShape shape, CaptionWriter writer,
                            SplittableRandom random) {
        Platform platform = batch.platform();
        String id = String.format("b%02d%s%07d", batch.artist(), platform.key().charAt(0), index);
        Instant postedAt = START.plusMillis((long) (day * 86_400_000L));
        CaptionWriter.Caption caption = writer.next();
        MediaType type = mediaType(platform, random);
        boolean reply = random.nextDouble() < shape.replyShare();
        boolean repost = !reply && random.nextDouble() < shape.repostShare();
        return new PostDraft(platform, id, "https://" + platform.key() + ".example.invalid/p/" + id, caption.text(),
                type, postedAt, metrics(batch, random), new CaptionEntities(caption.hashtags(), caption.mentions(),
                caption.links()), reply, repost, "en", "PUBLIC", IngestSource.IMPORT, media(type, id, random));
    }

    private static MediaType mediaType(Platform platform, SplittableRandom random) {
        double r = random.nextDouble();
        return switch (platform) {
            case TIKTOK, YOUTUBE -> MediaType.VIDEO;
            case INSTAGRAM -> r < .5 ? MediaType.IMAGE : r < .8 ? MediaType.CAROUSEL : MediaType.VIDEO;
            case X, LINKEDIN -> r < .6 ? MediaType.TEXT : r < .85 ? MediaType.IMAGE : MediaType.LINK;
        };
    }

    private static List<Media> media(MediaType type, String id, SplittableRandom random) {
        int items = switch (type) {
            case IMAGE, VIDEO, GIF -> 1;
            case CAROUSEL -> 2 + random.nextInt(4);
            case TEXT, LINK -> 0;
        };
        List<Media> out = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            MediaType itemType = type == MediaType.CAROUSEL ? MediaType.IMAGE : type;
            out.add(new Media(itemType, "https://media.example.invalid/" + id + "/" + i, null));
        }
        return out;
    }

    /** Likes log-normal around the artist's popularity; comments, shares and views proportional with noise. */
    private Metrics metrics(ArchiveBatch batch, SplittableRandom random) {
        double base = 40 * popularity[batch.artist()];
        long likes = Distributions.logNormalCount(random, base, 1.4);
        long comments = Distributions.logNormalCount(random, 1 + likes * 0.03, 0.8);
        long shares = Distributions.logNormalCount(random, 1 + likes * 0.073, 0.8);
        Long views = switch (batch.platform()) {
            case TIKTOK, YOUTUBE, INSTAGRAM -> Distributions.logNormalCount(random, 1 + likes * 25.0, 0.6);
            case X, LINKEDIN -> null;
        };
        return new Metrics(likes, comments, shares, views);
    }
}
