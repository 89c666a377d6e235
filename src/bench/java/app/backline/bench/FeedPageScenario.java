package app.backline.bench;

import app.backline.domain.FeedCursor;
import app.backline.domain.FeedPage;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.persistence.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code feed_page}: one 50-post page of an artist's feed filtered by platform, tag and a date range, through
 * {@code PostRepository.page} (what the feed view calls) and through {@link RawFeedQuery} on the same store.
 * Each draw picks an artist, platform, tag and a 3–24 month window at random, reads the first page and, when
 * there is one, the next page by keyset; both paths run the same draws, which one goes first alternating.
 */
final class FeedPageScenario implements Scenario {

    static final int PAGE = 50;

    /** Page latencies of both paths, in ms. */
    record Latencies(double[] app, double[] raw, double postsPerPage) {
    }

    private Database db;
    private List<Long> artistIds;

    @Override
    public String name() {
        return "feed_page";
    }

    @Override
    public Phase phase() {
        return Phase.OPEN_STORE;
    }

    /** 200 warm-up draws, then {@code bench.feed.draws} (default 500) measured. */
    @Override
    public List<ResultRow> run(BenchContext context) throws SQLException {
        this.db = context.database();
        this.artistIds = List.copyOf(context.artistIds().values());
        int draws = Integer.getInteger("bench.feed.draws", 500);
        context.log("feed_page: " + draws + " draws after 200 warm-up draws");
        Latencies feed;
        try (Connection connection = BenchStores.connect(context.storeBase())) {
            feed = measure(connection, context.seed(), 200, draws);
        }
        context.log(String.format("  %d pages measured, %.1f posts per page on average", feed.app().length,
                feed.postsPerPage()));
        context.detail("feed_page.pages", feed.app().length);
        context.detail("feed_page.posts_per_page", feed.postsPerPage());
        context.detail("feed_page.p50_ms", Samples.median(feed.app()));
        context.detail("feed_page.raw_p50_ms", Samples.median(feed.raw()));
        double p95 = Samples.percentile(feed.app(), 95);
        double rawP95 = Samples.percentile(feed.raw(), 95);
        return List.of(ResultRow.checked("feed_page.p95_ms", p95, "ms", rawP95, "<= 30"),
                ResultRow.checked("feed_page.ratio", p95 / rawP95, "x", null, "<= 2"));
    }

    Latencies measure(Connection raw, long seed, int warmup, int draws) throws SQLException {
        RawFeedQuery query = new RawFeedQuery(raw);
        run(query, new SplittableRandom(seed ^ 0x5eed), warmup);
        return run(query, new SplittableRandom(seed), draws);
    }

    /**
     * Both paths read the same pages; they share H2's page cache, so whichever reads first pays the cache
     * misses for both. The order therefore alternates from draw to draw.
     */
    private Latencies run(RawFeedQuery query, SplittableRandom random, int draws) throws SQLException {
        double[] app = new double[draws * 2];
        double[] raw = new double[draws * 2];
        int n = 0;
        long rows = 0;
        for (int i = 0; i < draws; i++) {
            long artist = artistIds.get(random.nextInt(artistIds.size()));
            PostFilter filter = filter(random);
            boolean appFirst = i % 2 == 0;
            Timed<FeedPage> first = null;
            Timed<RawFeedQuery.Page> rawFirst = null;
            if (!appFirst) {
                rawFirst = time(() -> query.page(artist, filter, null, PAGE));
            }
            first = time(() -> db.posts().page(artist, filter, null, PAGE));
            if (appFirst) {
                rawFirst = time(() -> query.page(artist, filter, null, PAGE));
            }
            app[n] = first.ms();
            raw[n++] = rawFirst.ms();
            rows += first.value().posts().size();
            if (first.value().hasMore() && rawFirst.value().next() != null) {
                FeedCursor cursor = first.value().next();
                RawFeedQuery.Page rawPage = rawFirst.value();
                Timed<FeedPage> second;
                Timed<RawFeedQuery.Page> rawSecond;
                if (appFirst) {
                    second = time(() -> db.posts().page(artist, filter, cursor, PAGE));
                    rawSecond = time(() -> query.page(artist, filter, rawPage.next(), PAGE));
                } else {
                    rawSecond = time(() -> query.page(artist, filter, rawPage.next(), PAGE));
                    second = time(() -> db.posts().page(artist, filter, cursor, PAGE));
                }
                app[n] = second.ms();
                raw[n++] = rawSecond.ms();
                rows += second.value().posts().size();
            }
        }
        return new Latencies(java.util.Arrays.copyOf(app, n), java.util.Arrays.copyOf(raw, n),
                n == 0 ? 0 : (double) rows / n);
    }

    private record Timed<T>(T value, double ms) {
    }

    private interface Read<T> {
        T read() throws SQLException;
    }

    private static <T> Timed<T> time(Read<T> read) throws SQLException {
        long t0 = System.nanoTime();
        T value = read.read();
        return new Timed<>(value, (System.nanoTime() - t0) / 1e6);
    }

    private static PostFilter filter(SplittableRandom random) {
        Platform platform = Platform.values()[random.nextInt(Platform.values().length)];
        Tag tag = Tag.values()[random.nextInt(Tag.values().length)];
        double fromDay = random.nextDouble() * (SyntheticPosts.DAYS - 90);
        Instant from = SyntheticPosts.START.plus(Duration.ofDays((long) fromDay));
        Instant to = from.plus(Duration.ofDays(90 + random.nextInt(640)));
        return new PostFilter(Set.of(platform), "", true, true, tag, from, to);
    }
}
