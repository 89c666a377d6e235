package app.backline.bench;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.Artist;
import app.backline.domain.ConnectionType;
import app.backline.domain.IngestSource;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostDraft;
import app.backline.domain.PostFilter;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code store_size}: bytes on disk per post after the app's normal shutdown ({@code Database.close()}), against
 * the size of a plain CSV export of the same posts ({@link RawExport}, every artist's whole feed).
 *
 * <p>The ingest scenario only inserts, oldest first; real use also rewrites stored posts: every sync page and
 * every re-imported archive upserts posts whose counts moved. So before the measured shutdown the store is
 * opened again ({@code Database.open}, as the app starts) and the newest {@code bench.store.churn} share
 * (default 0.1) of every artist's posts is read back and imported once more with higher counts through
 * {@code PostRepository.ingest}: metric-only upserts, as a newer archive of the same accounts brings. The file
 * size after the runner's close (ingest only) is a detail; the row is the size after the churn and the second
 * close, whose duration (the rewrite when {@code Database.close()} decides on one) is a detail too.
 */
final class StoreSizeScenario implements Scenario {

    @Override
    public String name() {
        return "store_size";
    }

    @Override
    public Phase phase() {
        return Phase.CLOSED;
    }

    @Override
    public List<ResultRow> run(BenchContext context) throws Exception {
        Path base = context.storeBase();
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        int posts = context.posts();
        context.detail("store_size.after_ingest_bytes_per_post", Files.size(file) / (double) posts);
        double share = Double.parseDouble(System.getProperty("bench.store.churn", "0.1"));
        long t0 = System.nanoTime();
        // with the search index beside it when the ingest wrote one, as the app opens the store: the churn then
        // keeps the two in step, as it does in the app, and the startup scenarios find an index that is current
        Path index = base.resolveSibling("search-index");
        Database db = Files.isDirectory(index)
                ? Database.open(base, java.time.Clock.systemUTC(), app.backline.search.LucenePostIndex.open(index))
                : Database.open(base);
        long t1 = System.nanoTime();
        int churned = churn(db, context.artistIds(), share);
        long t2 = System.nanoTime();
        long before = Files.size(file);
        db.close();
        long t3 = System.nanoTime();
        long bytes = Files.size(file);
        context.detail("store_size.open_ms", (t1 - t0) / 1e6);
        context.detail("store_size.churned_posts", churned);
        context.detail("store_size.churn_s", (t2 - t1) / 1e9);
        context.detail("store_size.before_close_bytes_per_post", before / (double) posts);
        context.detail("store_size.close_ms", (t3 - t2) / 1e6);
        long csv = csvBytes(base, context.artistIds());
        measureFullRewrite(context, base, file, posts);
        double perPost = bytes / (double) posts;
        double csvPerPost = csv / (double) posts;
        context.detail("store_size.csv_bytes_per_post", csvPerPost);
        context.log(String.format("store_size: %d posts churned in %.1f s; file %.0f B/post before close, %.0f B/post"
                        + " after (close %.1f s); CSV %.0f B/post", churned, (t2 - t1) / 1e9, before / (double) posts,
                perPost, (t3 - t2) / 1e9, csvPerPost));
        return List.of(
                ResultRow.checked("store_size.bytes_per_post", perPost, "B/post", csvPerPost,
                        "<= " + Math.round(3 * csvPerPost)),
                ResultRow.checked("store_size.ratio", perPost / csvPerPost, "x", null, "<= 3"));
    }

    /**
     * Every artist's newest {@code share} of posts again, read back from the store, each account's in batches of
     * up to {@value SyntheticPosts#BATCH} as an archive import does, with every count 1–10 % higher.
     */
    private static int churn(Database db, Map<Integer, Long> artistIds, double share) {
        int churned = 0;
        for (long artistId : artistIds.values()) {
            Artist artist = db.artists().findById(artistId).orElseThrow();
            int take = (int) Math.round(artist.postCount() * share);
            if (take == 0) {
                continue;
            }
            Map<Platform, List<Post>> byPlatform = new EnumMap<>(Platform.class);
            db.posts().forEach(artistId, PostFilter.all(), take,
                    p -> byPlatform.computeIfAbsent(p.platform(), k -> new ArrayList<>()).add(p));
            for (List<Post> posts : byPlatform.values()) {
                for (int from = 0; from < posts.size(); from += SyntheticPosts.BATCH) {
                    List<Post> slice = posts.subList(from, Math.min(posts.size(), from + SyntheticPosts.BATCH));
                    Post first = slice.get(0);
                    db.posts().ingest(new IngestBatch(ArtistRef.byId(artistId),
                            new AccountIdentity(first.platform(), null, first.handle(), null), ConnectionType.IMPORT,
                            slice.stream().map(StoreSizeScenario::newerDraft).toList()), Progress.NONE);
                    churned += slice.size();
                }
            }
        }
        return churned;
    }

    /** The post as a newer archive brings it: same content, higher counts. */
    private static PostDraft newerDraft(Post p) {
        return new PostDraft(p.platform(), p.externalPostId(), p.permalink(), p.caption(), p.mediaType(),
                p.postedAt(), grown(p.metrics(), p.externalPostId().hashCode()), p.entities(), p.reply(), p.repost(),
                p.language(), p.visibility(), IngestSource.IMPORT, p.media());
    }

    private static Metrics grown(Metrics m, int seed) {
        double factor = 1.01 + Math.floorMod(seed, 10) / 100.0;
        return new Metrics(up(m.likes(), factor), up(m.comments(), factor), up(m.shares(), factor),
                up(m.views(), factor));
    }

    private static Long up(Long value, double factor) {
        return value == null ? null : (long) Math.ceil(value * factor);
    }

    /**
     * For the decision note: how long a full rewrite ({@code SHUTDOWN COMPACT}) of the measured store takes and
     * what it leaves, whether or not {@code Database.close()} chose one.
     */
    private static void measureFullRewrite(BenchContext context, Path base, Path file, int posts)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Connection c = BenchStores.connect(base); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException closedByShutdown) {
            if (!"90121".equals(closedByShutdown.getSQLState())) {
                throw closedByShutdown;
            }
        }
        context.detail("store_size.full_rewrite_ms", (System.nanoTime() - t0) / 1e6);
        context.detail("store_size.full_rewrite_bytes_per_post", Files.size(file) / (double) posts);
    }

    /** Bytes of a plain CSV export of every artist's whole feed (the store is closed again when this returns). */
    private static long csvBytes(Path base, Map<Integer, Long> artistIds) throws SQLException, IOException {
        CountingStream counter = new CountingStream();
        try (Connection connection = BenchStores.connect(base)) {
            RawExport raw = new RawExport(connection);
            for (Map.Entry<Integer, Long> artist : artistIds.entrySet()) {
                raw.csv(artist.getValue(), new ArchiveBatch(artist.getKey(), null, 0, 0, 0, 0).artistName(),
                        Integer.MAX_VALUE, counter);
            }
        }
        return counter.bytes;
    }

    /** Counts what is written and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
