package app.backline.bench;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.PostDraft;
import app.backline.enrichment.EnrichmentService;
import app.backline.persistence.Database;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.PostIndex;
import app.backline.search.LucenePostIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ingest}: every archive slice of the data set goes through Backline's import path (enrichment on all
 * cores as {@code ArchiveImportService} does it, then {@code PostRepository.ingest}) into a fresh store, and
 * the same enriched rows through {@link RawPostWriter} into a second fresh store migrated by the same
 * migrations. The two are interleaved slice by slice so both see the same machine noise and store sizes.
 * Generating the drafts is not timed; opening the stores (Hibernate's bootstrap) is not timed.
 */
final class IngestScenario implements Scenario {

    /** One load: throughput of both paths, the share of Backline's time spent enriching, and Backline's store left open for the read scenarios. */
    record Load(double backlinePostsPerS, double rawPostsPerS, double enrichShare, double indexShare, Database store,
                Path storeBase, Map<Integer, Long> artistIds, LucenePostIndex searchIndex) {
    }

    private final BenchStores stores;
    private final EnrichmentService enrichment = EnrichmentService.standard();

    IngestScenario(BenchStores stores) {
        this.stores = stores;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Phase phase() {
        return Phase.INDEPENDENT;
    }

    /**
     * One 5 000-post warm-up load, then {@code bench.ingest.runs} full loads (0 or unset: 3 up to 200 000
     * posts, else 1); the last load's Backline store stays open in {@code context} for the other scenarios.
     */
    @Override
    public List<ResultRow> run(BenchContext context) throws IOException, SQLException {
        int posts = context.posts();
        int asked = Integer.getInteger("bench.ingest.runs", 0);
        int runs = asked > 0 ? asked : posts <= 200_000 ? 3 : 1;
        context.log("warm-up load of 5 000 posts");
        load(new SyntheticPosts(context.seed() + 1, 5_000), "warmup").store().close();
        double[] app = new double[runs];
        double[] raw = new double[runs];
        Load last = null;
        for (int i = 0; i < runs; i++) {
            if (last != null) {
                last.store().close();
            }
            context.log("load " + (i + 1) + " of " + runs + ": " + posts + " posts");
            last = load(context.data(), "load");
            app[i] = last.backlinePostsPerS();
            raw[i] = last.rawPostsPerS();
            context.log(String.format("  backline %.0f posts/s (enriching alone, on all cores: %.0f %% of that time;"
                    + " indexing %.0f %%), raw JDBC %.0f posts/s", app[i], 100 * last.enrichShare(),
                    100 * last.indexShare(), raw[i]));
        }
        context.loaded(last);
        context.detail("ingest.runs_backline_posts_per_s", round(app));
        context.detail("ingest.runs_raw_posts_per_s", round(raw));
        context.detail("ingest.enrich_share", last.enrichShare());
        context.detail("ingest.search_index_share", last.indexShare());
        double appMedian = Samples.median(app);
        double rawMedian = Samples.median(raw);
        return List.of(ResultRow.atLeastShareOf("ingest.posts_per_s", appMedian, "posts/s", rawMedian, 0.5),
                ResultRow.checked("ingest.ratio", appMedian / rawMedian, "x", null, ">= 0.5"));
    }

    private static long[] round(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    /** Loads every slice of {@code data}; the caller closes the returned store. */
    Load load(SyntheticPosts data, String name) throws IOException, SQLException {
        Path appBase = stores.fresh(name + "-app");
        Path rawBase = stores.fresh(name + "-raw");
        BenchStores.migrate(rawBase);
        // the app's store with its search index, as AppContext opens it; -Dbench.search.index=false leaves the index
        // out to measure what indexing costs the ingest
        LucenePostIndex index = Boolean.parseBoolean(System.getProperty("bench.search.index", "true"))
                ? LucenePostIndex.open(appBase.resolveSibling("search-index")) : null;
        TimedPostIndex timed = new TimedPostIndex(index == null ? PostIndex.none() : index);
        Database db = Database.open(appBase, Clock.systemUTC(), timed);
        try (Connection raw = BenchStores.connect(rawBase)) {
            RawPostWriter writer = new RawPostWriter(raw);
            Map<Integer, Long> artistIds = new TreeMap<>();
            long appNanos = 0;
            long rawNanos = 0;
            long enrichNanos = 0;
            long posts = 0;
            for (ArchiveBatch batch : data.batches()) {
                List<PostDraft> drafts = data.drafts(batch);
                long t0 = System.nanoTime();
                IngestResult result = db.posts().ingest(new IngestBatch(ArtistRef.byName(batch.artistName()),
                        new AccountIdentity(batch.platform(), null, batch.handle(), null), ConnectionType.IMPORT,
                        drafts, enrichment::enrich), Progress.NONE);
                long t1 = System.nanoTime();
                // the baseline writes the same enriched rows; enriching them for it is not timed
                List<PostDraft> enriched = drafts.parallelStream().map(enrichment::enrich).toList();
                long te = System.nanoTime();
                writer.write(result.artistId(), result.accountId(), batch, enriched);
                long t2 = System.nanoTime();
                appNanos += t1 - t0;
                enrichNanos += te - t1;
                rawNanos += t2 - te;
                posts += drafts.size();
                artistIds.put(batch.artist(), result.artistId());
            }
            return new Load(posts / (appNanos / 1e9), posts / (rawNanos / 1e9),
                    (double) enrichNanos / appNanos, (double) timed.writeNanos() / appNanos, db, appBase, artistIds,
                    index);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
