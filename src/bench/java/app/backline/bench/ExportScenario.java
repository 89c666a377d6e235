package app.backline.bench;

import app.backline.common.Progress;
import app.backline.domain.Artist;
import app.backline.domain.PostFilter;
import app.backline.export.ExportFormat;
import app.backline.export.ExportService;
import app.backline.feed.FeedService;
import app.backline.persistence.Database;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code export}: 100 000 posts (all N when N is smaller) exported as CSV and as JSON through
 * {@link ExportService#exportToFile} (what the Export button and {@code backline export --out} call) and
 * through {@link RawExport} (plain JDBC + Jackson streaming) into files beside each other. The app exports
 * one artist's feed at a time, and no artist has 100 000 posts below N ≈ 1.3 M, so both paths export the
 * largest artists' whole feeds in turn until 100 000 posts, the last one cut with {@code --last}. Both
 * outputs are compared byte for byte once per format. One warm-up pass per path and format, then
 * {@code bench.export.runs} (default 3) alternating passes; medians.
 */
final class ExportScenario implements Scenario {

    static final int POSTS = 100_000;

    /** One artist's share of the export: its whole feed, or its newest {@code limit} posts. */
    private record Part(Artist artist, int limit) {
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public Phase phase() {
        return Phase.OPEN_STORE;
    }

    @Override
    public List<ResultRow> run(BenchContext context) throws Exception {
        Database db = context.database();
        Path dir = Files.createDirectories(context.out().resolve("export"));
        List<Part> parts = parts(db, context, Math.min(POSTS, context.posts()));
        int posts = parts.stream().mapToInt(Part::limit).sum();
        context.log("export: " + posts + " posts of " + parts.size() + " artists, CSV and JSON");
        ExportService service = new ExportService(new FeedService(db.posts()), context.storeBase().getParent());
        int runs = Integer.getInteger("bench.export.runs", 3);
        List<ResultRow> rows = new ArrayList<>();
        try (Connection connection = BenchStores.connect(context.storeBase())) {
            RawExport raw = new RawExport(connection);
            for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.JSON)) {
                rows.addAll(measure(context, format, parts, posts, service, raw, dir, runs));
            }
        } finally {
            if (!Boolean.getBoolean("bench.export.keep")) {
                BenchStores.deleteTree(dir);
            }
        }
        return rows;
    }

    private List<ResultRow> measure(BenchContext context, ExportFormat format, List<Part> parts, int posts,
                                    ExportService service, RawExport raw, Path dir, int runs)
            throws IOException, SQLException {
        String key = format.extension();
        Path appFile = dir.resolve("app." + key);
        Path rawFile = dir.resolve("raw." + key);
        double[] app = new double[runs];
        double[] base = new double[runs];
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            int appPosts = app(service, format, parts, appFile);
            long t1 = System.nanoTime();
            int rawPosts = raw(raw, format, parts, rawFile);
            long t2 = System.nanoTime();
            if (appPosts != posts || rawPosts != posts) {
                throw new IllegalStateException("export wrote " + appPosts + " / " + rawPosts + " posts, not " + posts);
            }
            if (i < 0) {
                context.detail("export." + key + "_same_bytes", sameBytes(appFile, rawFile));
                context.detail("export." + key + "_bytes", Files.size(appFile));
                continue;
            }
            app[i] = posts / ((t1 - t0) / 1e9);
            base[i] = posts / ((t2 - t1) / 1e9);
        }
        double appMedian = Samples.median(app);
        double rawMedian = Samples.median(base);
        context.detail("export." + key + "_runs_app_posts_per_s", Arrays.stream(app).mapToLong(Math::round).toArray());
        context.detail("export." + key + "_runs_raw_posts_per_s", Arrays.stream(base).mapToLong(Math::round).toArray());
        context.log(String.format("  %s: backline %.0f posts/s, raw Jackson %.0f posts/s (same bytes: %s)", key,
                appMedian, rawMedian, context.details().get("export." + key + "_same_bytes")));
        return List.of(ResultRow.atLeastShareOf("export." + key + "_posts_per_s", appMedian, "posts/s", rawMedian, 0.5),
                ResultRow.checked("export." + key + "_ratio", appMedian / rawMedian, "x", null, ">= 0.5"));
    }

    /** The export as the Export button runs it: one file per artist, replaced atomically. */
    private static int app(ExportService service, ExportFormat format, List<Part> parts, Path file) throws IOException {
        int written = 0;
        for (Part part : parts) {
            written += service.exportToFile(part.artist(), PostFilter.all(), part.limit(), format, file,
                    Progress.NONE);
        }
        return written;
    }

    private static int raw(RawExport raw, ExportFormat format, List<Part> parts, Path file)
            throws IOException, SQLException {
        int written = 0;
        for (Part part : parts) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                written += format == ExportFormat.CSV
                        ? raw.csv(part.artist().id(), part.artist().name(), part.limit(), out)
                        : raw.json(part.artist().id(), part.artist().name(), part.limit(), out);
            }
        }
        return written;
    }

    /** The largest artists' feeds, largest first, until {@code posts} posts. */
    private static List<Part> parts(Database db, BenchContext context, int posts) {
        List<Artist> artists = context.artistIds().values().stream()
                .map(id -> db.artists().findById(id).orElseThrow())
                .sorted(Comparator.comparingLong(Artist::postCount).reversed()).toList();
        List<Part> parts = new ArrayList<>();
        int left = posts;
        for (Artist artist : artists) {
            if (left == 0) {
                break;
            }
            int take = (int) Math.min(left, artist.postCount());
            parts.add(new Part(artist, take));
            left -= take;
        }
        return parts;
    }

    /** Whether the last artist's files (both paths wrote the same artist last) are identical. */
    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.mismatch(a, b) == -1L;
    }
}
