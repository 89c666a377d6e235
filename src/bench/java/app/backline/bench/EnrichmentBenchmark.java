package app.backline.bench;

import app.backline.domain.PostDraft;
import app.backline.enrichment.EnrichmentService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmark of the per-caption step of ingest: tags and summary of one synthetic caption, on one
 * thread (ingest runs it on every core). Run by {@link EnrichmentScenario}; reported in µs per post.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnrichmentBenchmark {

    private final EnrichmentService enrichment = EnrichmentService.standard();
    private List<PostDraft> drafts;
    private int next;

    @Setup(Level.Trial)
    public void drafts() {
        SyntheticPosts data = new SyntheticPosts(20260501L, 20_000);
        drafts = new ArrayList<>();
        for (ArchiveBatch b : data.batches()) {
            drafts.addAll(data.drafts(b));
        }
    }

    @Benchmark
    public void enrichOneCaption(Blackhole sink) {
        sink.consume(enrichment.enrich(drafts.get(next)));
        next = next + 1 == drafts.size() ? 0 : next + 1;
    }
}
