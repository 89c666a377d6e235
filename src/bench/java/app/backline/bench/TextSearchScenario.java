package app.backline.bench;

import app.backline.domain.FeedPage;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.persistence.Database;
import app.backline.search.LucenePostIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code text_search}: the first 50-post page of an artist's feed filtered by words typed in the search box, through
 * {@code PostRepository.page} (what the feed view calls: the search index gives the ids, H2 the rows), against the
 * plain SQL scan {@code search_text LIKE '%word%'} on the same store ({@link RawTextSearch}). Each draw picks an
 * artist, one of its posts at a random date, and from that post's caption a query of one kind (a common word, two
 * words, a hashtag word, a #hashtag, an @mention, a handle as a rare word), restricted to the post's platform half
 * of the time. Both paths run the same draws, alternately ({@link #measure}). The index is the one the ingest
 * scenario kept up to date while loading; it is not built here.
 */
final class TextSearchScenario implements Scenario {

    static final int PAGE = 50;

    /** What the searcher types. */
    enum Kind { WORD, TWO_WORDS, HASHTAG_WORD, HASHTAG, MENTION, RARE_WORD }

    record Draw(long artistId, Kind kind, PostFilter filter) {
    }

    /** A post's searchable parts, as a user remembers them. */
    private record Sample(Platform platform, List<String> words, List<String> hashtags, List<String> mentions) {
    }

    private Database db;
    private LucenePostIndex index;
    private List<Long> artistIds;

    @Override
    public String name() {
        return "text_search";
    }

    @Override
    public Phase phase() {
        return Phase.OPEN_STORE;
    }

    /** 100 warm-up draws, then {@code bench.search.draws} (default 400) measured. */
    @Override
    public List<ResultRow> run(BenchContext context) throws SQLException, IOException, InterruptedException {
        this.db = context.database();
        this.artistIds = List.copyOf(context.artistIds().values());
        this.index = context.searchIndex();
        long waitStart = System.nanoTime();
        boolean ready = index != null && index.awaitReady(Duration.ofMinutes(5));
        context.detail("text_search.index_ready", ready);
        context.detail("text_search.index_wait_ms", (System.nanoTime() - waitStart) / 1_000_000);
        context.detail("text_search.index_mb", index == null ? 0 : folderMb(context.storeBase().resolveSibling(
                "search-index")));
        int draws = Integer.getInteger("bench.search.draws", 400);
        context.log("text_search: " + draws + " draws after 100 warm-up draws (index ready: " + ready + ")");
        try (Connection connection = BenchStores.connect(context.storeBase())) {
            RawTextSearch raw = new RawTextSearch(connection);
            measure(raw, draws(connection, new SplittableRandom(context.seed() ^ 0x7e57), 100), null);
            return report(context, measure(raw, draws(connection, new SplittableRandom(context.seed() + 5), draws),
                    context));
        }
    }

    /**
     * Latencies in ms of both paths per draw (and of the index's part of Backline's), and how often the two first
     * pages were the same posts.
     */
    private record Result(List<Draw> draws, double[] app, double[] raw, double[] index, double hitsPerPage,
                          double samePages) {
    }

    /**
     * Both paths per draw, alternately (as feed_page does), so both see the same machine noise and cache state;
     * then the index's part of the draw alone (it runs right after Backline's page, so Lucene's caches are warm).
     * Measured the other way, one pass per path, LIKE gained more from its own warm cache than Backline did.
     */
    private Result measure(RawTextSearch raw, List<Draw> draws, BenchContext context) throws SQLException {
        int n = draws.size();
        double[] app = new double[n];
        double[] base = new double[n];
        double[] lucene = new double[n];
        long hits = 0;
        int same = 0;
        for (int i = 0; i < n; i++) {
            Draw d = draws.get(i);
            long t0 = System.nanoTime();
            FeedPage page = db.posts().page(d.artistId(), d.filter(), null, PAGE);
            long t1 = System.nanoTime();
            List<Long> rawIds = raw.firstPage(d.artistId(), d.filter(), PAGE);
            long t2 = System.nanoTime();
            if (index != null) {
                index.page(d.artistId(), d.filter(), null, PAGE);
            }
            long t3 = System.nanoTime();
            app[i] = (t1 - t0) / 1e6;
            base[i] = (t2 - t1) / 1e6;
            lucene[i] = (t3 - t2) / 1e6;
            hits += page.posts().size();
            same += page.posts().stream().map(Post::id).toList().equals(rawIds) ? 1 : 0;
        }
        if (context != null) {
            context.log(String.format("  %d draws, %.1f posts per page, same page as LIKE in %.0f %%", n,
                    (double) hits / n, 100.0 * same / n));
        }
        return new Result(draws, app, base, lucene, (double) hits / n, (double) same / n);
    }

    private static List<ResultRow> report(BenchContext context, Result r) {
        double p95 = Samples.percentile(r.app(), 95);
        double rawP95 = Samples.percentile(r.raw(), 95);
        context.detail("text_search.draws", r.app().length);
        context.detail("text_search.p50_ms", Samples.median(r.app()));
        context.detail("text_search.like_p50_ms", Samples.median(r.raw()));
        context.detail("text_search.like_p95_ms", rawP95);
        context.detail("text_search.index_only_p50_ms", Samples.median(r.index()));
        context.detail("text_search.index_only_p95_ms", Samples.percentile(r.index(), 95));
        context.detail("text_search.posts_per_page", r.hitsPerPage());
        context.detail("text_search.same_page_as_like", r.samePages());
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            double[] app = pick(r, k, r.app());
            double[] raw = pick(r, k, r.raw());
            if (app.length > 0) {
                byKind.put(k.name().toLowerCase(), Map.of("draws", app.length,
                        "p95_ms", Samples.percentile(app, 95), "like_p95_ms", Samples.percentile(raw, 95)));
            }
        }
        context.detail("text_search.by_kind", byKind);
        return List.of(ResultRow.checked("text_search.p95_ms", p95, "ms", rawP95, "<= 50"),
                ResultRow.checked("text_search.speedup", rawP95 / p95, "x", null, ">= 20"));
    }

    private static double[] pick(Result r, Kind kind, double[] values) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (r.draws().get(i).kind() == kind) {
                out.add(values[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<Draw> draws(Connection c, SplittableRandom random, int n) throws SQLException {
        List<Draw> out = new ArrayList<>(n);
        while (out.size() < n) {
            long artist = artistIds.get(random.nextInt(artistIds.size()));
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            for (int tries = 0; tries < 50; tries++) {
                Sample s = sample(c, artist, random);
                String text = s == null ? null : text(kind, s, random);
                if (text != null) {
                    Set<Platform> platforms = random.nextBoolean() ? Set.of(s.platform()) : Set.of();
                    out.add(new Draw(artist, kind, PostFilter.all().withText(text).withPlatforms(platforms)));
                    break;
                }
            }
        }
        return out;
    }

    private static String text(Kind kind, Sample s, SplittableRandom random) {
        return switch (kind) {
            case WORD -> any(s.words(), random);
            case TWO_WORDS -> s.words().size() < 2 ? null : any(s.words(), random) + " " + any(s.words(), random);
            case HASHTAG_WORD -> any(s.hashtags(), random);
            case HASHTAG -> s.hashtags().isEmpty() ? null : "#" + any(s.hashtags(), random);
            case MENTION -> s.mentions().isEmpty() ? null : "@" + any(s.mentions(), random);
            case RARE_WORD -> any(s.mentions(), random);
        };
    }

    private static String any(List<String> values, SplittableRandom random) {
        return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
    }

    /** The artist's newest post at or before a random time, or null when there is none. */
    private static Sample sample(Connection c, long artistId, SplittableRandom random) throws SQLException {
        Instant at = SyntheticPosts.START.plus(Duration.ofMinutes(random.nextLong((long) SyntheticPosts.DAYS * 1440)));
        try (PreparedStatement s = c.prepareStatement("SELECT platform, caption, hashtags, mentions FROM post "
                + "WHERE artist_id = ? AND posted_at <= ? ORDER BY artist_id, posted_at DESC, id DESC LIMIT 1")) {
            s.setLong(1, artistId);
            s.setObject(2, at.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<String> words = Arrays.stream(rs.getString(2).split("\\s+"))
                        .filter(w -> w.matches("[a-z]+")).toList();
                return new Sample(Platform.valueOf(rs.getString(1)), words, lines(rs.getString(3)),
                        lines(rs.getString(4)));
            }
        }
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    private static long folderMb(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        }
    }
}
