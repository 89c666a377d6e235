package app.backline.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the benchmark scenarios ({@code mvn -Pbench verify -Dbench.posts=N}) and writes
 * {@code <bench.out>/results.json}. System properties: {@code bench.posts} (default 1 000 000),
 * {@code bench.seed}, {@code bench.out} (default target/bench), {@code bench.ingest.runs} (default 3 up to
 * 200 000 posts, else 1), {@code bench.feed.draws} (default 500).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 1_000_000);
        long seed = Long.getLong("bench.seed", 20260501L);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        int runs = Integer.getInteger("bench.ingest.runs", posts <= 200_000 ? 3 : 1);
        int draws = Integer.getInteger("bench.feed.draws", 500);
        long start = System.nanoTime();
        BenchStores stores = new BenchStores(out);
        IngestScenario ingest = new IngestScenario(stores);
        log(start, "warm-up load of 5 000 posts");
        ingest.load(new SyntheticPosts(seed + 1, 5_000), "warmup").store().close();
        double[] app = new double[runs];
        double[] raw = new double[runs];
        IngestScenario.Load last = null;
        for (int i = 0; i < runs; i++) {
            if (last != null) {
                last.store().close();
            }
            log(start, "load " + (i + 1) + " of " + runs + ": " + posts + " posts");
            last = ingest.load(new SyntheticPosts(seed, posts), "load");
            app[i] = last.backlinePostsPerS();
            raw[i] = last.rawPostsPerS();
            log(start, String.format("  backline %.0f posts/s (%.0f %% of it enriching), raw JDBC %.0f posts/s",
                    app[i], 100 * last.enrichShare(), raw[i]));
        }
        List<ResultRow> rows = new ArrayList<>();
        double appMedian = Samples.median(app);
        double rawMedian = Samples.median(raw);
        rows.add(ResultRow.info("ingest.posts_per_s", appMedian, "posts/s", rawMedian));
        rows.add(ResultRow.checked("ingest.ratio", appMedian / rawMedian, "x", null, ">= 0.5"));
        try (var db = last.store(); Connection connection = BenchStores.connect(last.storeBase())) {
            log(start, "feed_page: " + draws + " draws after 200 warm-up draws");
            FeedPageScenario.Latencies feed = new FeedPageScenario(db, List.copyOf(last.artistIds().values()))
                    .measure(connection, seed, 200, draws);
            log(start, String.format("  %d pages measured, %.1f posts per page on average", feed.app().length,
                    feed.postsPerPage()));
            double p95 = Samples.percentile(feed.app(), 95);
            double rawP95 = Samples.percentile(feed.raw(), 95);
            rows.add(ResultRow.info("feed_page.p50_ms", Samples.median(feed.app()), "ms", Samples.median(feed.raw())));
            rows.add(ResultRow.checked("feed_page.p95_ms", p95, "ms", rawP95, "<= 30"));
            rows.add(ResultRow.checked("feed_page.ratio", p95 / rawP95, "x", null, "<= 2"));
        }
        BenchReport report = new BenchReport(posts, jvm(), rows);
        report.writeJson(out.resolve("results.json"));
        report.printTable(System.out);
        log(start, "wrote " + out.resolve("results.json") + "; ingest runs app " + Arrays.toString(round(app))
                + ", raw " + Arrays.toString(round(raw)));
    }

    private static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores";
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static void log(long start, String message) {
        System.out.printf("[bench %6.1f s] %s%n", (System.nanoTime() - start) / 1e9, message);
    }
}
