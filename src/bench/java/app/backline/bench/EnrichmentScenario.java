package app.backline.bench;

import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code enrich}: the micro-level part of ingest measured with JMH ({@link EnrichmentBenchmark}: 1 fork,
 * 3 warm-up and 5 measured iterations of 2 s). It has no target of its own: it explains the ingest ratio,
 * so it goes to the details ({@code enrich.us_per_post} and its error).
 */
final class EnrichmentScenario implements Scenario {

    @Override
    public String name() {
        return "enrich";
    }

    @Override
    public Phase phase() {
        return Phase.INDEPENDENT;
    }

    @Override
    public List<ResultRow> run(BenchContext context) throws Exception {
        context.log("enrich: JMH, 1 fork, 3 x 2 s warm-up, 5 x 2 s measured");
        Options options = new OptionsBuilder()
                .include(EnrichmentBenchmark.class.getName())
                .forks(1)
                .jvmArgs("-Xms512m", "-Xmx512m")
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .build();
        for (RunResult result : new Runner(options).run()) {
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            context.detail("enrich.us_per_post", score);
            context.detail("enrich.us_per_post_error", error);
            context.log(String.format("  enrichment %.1f ± %.1f µs per post (one thread)", score, error));
        }
        return List.of();
    }
}
