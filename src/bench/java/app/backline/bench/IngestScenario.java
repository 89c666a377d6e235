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
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
final class IngestScenario {

    /** One load: throughput of both paths, the share of Backline's time spent enriching, and Backline's store left open for the read scenarios. */
    record Load(double backlinePostsPerS, double rawPostsPerS, double enrichShare, Database store, Path storeBase,
                Map<Integer, Long> artistIds) {
    }

    private final BenchStores stores;
    private final EnrichmentService enrichment = EnrichmentService.standard();

    IngestScenario(BenchStores stores) {
        this.stores = stores;
    }

    /** Loads every slice of {@code data}; the caller closes the returned store. */
    Load load(SyntheticPosts data, String name) throws IOException, SQLException {
        Path appBase = stores.fresh(name + "-app");
        Path rawBase = stores.fresh(name + "-raw");
        BenchStores.migrate(rawBase);
        Database db = Database.open(appBase);
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
                List<PostDraft> enriched = drafts.parallelStream().map(enrichment::enrich).toList();
                long te = System.nanoTime();
                IngestResult result = db.posts().ingest(new IngestBatch(ArtistRef.byName(batch.artistName()),
                        new AccountIdentity(batch.platform(), null, batch.handle(), null), ConnectionType.IMPORT,
                        enriched), Progress.NONE);
                long t1 = System.nanoTime();
                writer.write(result.artistId(), result.accountId(), batch, enriched);
                long t2 = System.nanoTime();
                appNanos += t1 - t0;
                enrichNanos += te - t0;
                rawNanos += t2 - t1;
                posts += drafts.size();
                artistIds.put(batch.artist(), result.artistId());
            }
            return new Load(posts / (appNanos / 1e9), posts / (rawNanos / 1e9),
                    (double) enrichNanos / appNanos, db, appBase, artistIds);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
