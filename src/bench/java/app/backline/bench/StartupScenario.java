package app.backline.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code startup}: time from process start ({@code RuntimeMXBean.getStartTime()}) until Backline's window
 * shows the roster (artist names and post counts laid out) with the loaded store, against a bare JavaFX
 * window, each in a fresh JVM ({@link AppLaunches}, {@link StartupProbe}); and, in the same app processes,
 * opening the largest artist's feed: selecting it in the roster once the previous artist's feed has settled,
 * until its first page is laid out. Bare window and app alternate; one warm-up pair first.
 */
final class StartupScenario implements Scenario {

    private final AppLaunches launches;

    StartupScenario(AppLaunches launches) {
        this.launches = launches;
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public Phase phase() {
        return Phase.CLOSED;
    }

    /** One warm-up pair, then {@code bench.startup.runs} pairs (0 or unset: 5 up to 200 000 posts, else 3). */
    @Override
    public List<ResultRow> run(BenchContext context) throws Exception {
        int asked = Integer.getInteger("bench.startup.runs", 0);
        int runs = asked > 0 ? asked : context.posts() <= 200_000 ? 5 : 3;
        context.log("startup: a warm-up pair, then " + runs + " pairs of a bare window and Backline");
        launches.bare();
        launches.app(false);
        double[] bare = new double[runs];
        double[] app = new double[runs];
        double[] open = new double[runs];
        double[] firstFeed = new double[runs];
        double[] bareCpu = new double[runs];
        double[] appCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            Map<String, Object> b = launches.bare();
            Map<String, Object> a = launches.app(false);
            bare[i] = number(b, "shownMs");
            bareCpu[i] = number(b, "cpuMs");
            app[i] = number(a, "shownMs");
            appCpu[i] = number(a, "cpuMs");
            open[i] = number(a, "feedOpenMs");
            firstFeed[i] = number(a, "firstFeedMs");
            context.log(String.format("  bare window %.0f ms, Backline %.0f ms, largest artist's feed (%s posts)"
                    + " %.0f ms", bare[i], app[i], a.get("largestPosts"), open[i]));
        }
        context.detail("startup.runs_bare_ms", rounded(bare));
        context.detail("startup.runs_app_ms", rounded(app));
        context.detail("startup.runs_feed_open_ms", rounded(open));
        context.detail("startup.cpu_bare_ms", Samples.median(bareCpu));
        context.detail("startup.cpu_app_ms", Samples.median(appCpu));
        context.detail("startup.first_feed_ms", Samples.median(firstFeed));
        double appMedian = Samples.median(app);
        double bareMedian = Samples.median(bare);
        return List.of(
                ResultRow.checked("startup.ms", appMedian, "ms", bareMedian, "<= " + Math.round(1.5 * bareMedian)),
                ResultRow.checked("startup.ratio", appMedian / bareMedian, "x", null, "<= 1.5"),
                ResultRow.checked("startup.feed_open_ms", Samples.median(open), "ms", null, "<= 300"));
    }

    static double number(Map<String, Object> figures, String name) {
        Object value = figures.get(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("the probe did not report " + name + ": " + figures);
        }
        return n.doubleValue();
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
