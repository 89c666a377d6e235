package app.backline.bench;

import java.util.List;
import java.util.Map;

/**
 * {@code heap}: Backline's live heap (used heap after full collections) once the largest artist's feed has
 * been opened and its list scrolled to the end, page by page as the view asks for them, in one app process
 * ({@link AppLaunches}, {@link StartupProbe}). The baseline is the same process's live heap right after the
 * window showed the roster.
 */
final class HeapScenario implements Scenario {

    private final AppLaunches launches;

    HeapScenario(AppLaunches launches) {
        this.launches = launches;
    }

    @Override
    public String name() {
        return "heap";
    }

    @Override
    public Phase phase() {
        return Phase.CLOSED;
    }

    @Override
    public List<ResultRow> run(BenchContext context) throws Exception {
        context.log("heap: Backline scrolls the largest artist's feed to its end");
        Map<String, Object> run = launches.app(true);
        double scrolled = StartupScenario.number(run, "heapScrolledMb");
        double shown = StartupScenario.number(run, "heapShownMb");
        context.log(String.format("  %s posts in %.1f s; live heap %.0f MB (%.0f MB with the roster shown)",
                run.get("scrolledPosts"), StartupScenario.number(run, "scrollMs") / 1000, scrolled, shown));
        context.detail("heap.scrolled_posts", run.get("scrolledPosts"));
        context.detail("heap.scroll_ms", Math.round(StartupScenario.number(run, "scrollMs")));
        context.detail("heap.baseline", "live heap of the same process right after the window showed the roster");
        return List.of(ResultRow.checked("heap.live_mb", scrolled, "MB", shown, "<= 256"));
    }
}
