package app.backline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmark scenarios ({@code mvn -Pbench verify -Dbench.posts=N}) and writes
 * {@code <bench.out>/results.json}. System properties: {@code bench.posts} (default 1 000 000),
 * {@code bench.seed}, {@code bench.out} (default target/bench), {@code bench.only} (comma-separated scenario
 * names; ingest always runs, as it loads the store the others read), and each scenario's own knobs.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 1_000_000);
        long seed = Long.getLong("bench.seed", 20260501L);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        BenchContext context = new BenchContext(posts, seed, out, new BenchStores(out));
        AppLaunches launches = new AppLaunches(context);
        List<Scenario> scenarios = List.of(
                new FeedPageScenario(),
                new TextSearchScenario(),
                new ExportScenario(),
                new StoreSizeScenario(),
                new SyncCycleScenario(),
                new EnrichmentScenario(),
                new StartupScenario(launches),
                new HeapScenario(launches));
        List<ResultRow> rows = new ArrayList<>(new IngestScenario(context.stores()).run(context));
        for (Scenario.Phase phase : Scenario.Phase.values()) {
            if (phase != Scenario.Phase.OPEN_STORE) {
                context.closeStore();
            }
            for (Scenario scenario : scenarios) {
                if (scenario.phase() == phase && (only.isEmpty() || only.contains(scenario.name()))) {
                    rows.addAll(scenario.run(context));
                }
            }
        }
        context.closeStore();
        BenchReport report = new BenchReport(posts, jvm(), rows, context.details());
        report.writeJson(out.resolve("results.json"));
        report.printTable(System.out);
        context.log("wrote " + out.resolve("results.json") + "; "
                + rows.stream().filter(r -> !r.pass()).count() + " of " + rows.size() + " targets missed");
    }

    private static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
