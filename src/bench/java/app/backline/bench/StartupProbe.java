package app.backline.bench;

import static app.backline.bench.SceneWatch.awaitWindow;
import static app.backline.bench.SceneWatch.onFx;
import static app.backline.bench.SceneWatch.onPulseWhen;
import static app.backline.bench.SceneWatch.shownItems;

import app.backline.app.Launcher;
import app.backline.domain.Artist;
import app.backline.domain.Post;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/**
 * The child process of {@link StartupScenario}: starts the real app ({@link Launcher}, as {@code java -jar}
 * does) or a bare window ({@link BareWindow}) and watches the JavaFX scene from outside: after each layout
 * pass it looks up the roster and feed lists by id and checks what their cells hold. No hook in the app.
 * Prints one line {@code STARTUP-PROBE {json}} on stdout, then exits the app the normal way
 * ({@link Platform#exit()}: the app's {@code stop()} closes the store).
 *
 * <p>Arguments: {@code bare}, or {@code app DATA_DIR [scroll]}. Figures (ms from JVM start, as
 * {@code RuntimeMXBean.getStartTime()} reports it; heap in MB after a full GC):
 * <ul>
 *   <li>{@code shownMs}: bare window showing and laid out; for the app, the window showing with roster cells
 *       holding artists (names and counts on screen);</li>
 *   <li>{@code heapShownMb}: live heap right after that;</li>
 *   <li>{@code firstFeedMs}: the initially selected artist's first page on screen;</li>
 *   <li>{@code feedOpenMs}: the largest artist selected in the roster (once the feed shown before, counts
 *       included, has settled) until its first page is on screen;</li>
 *   <li>{@code cpuMs}: CPU time of the whole process when {@code shownMs} was taken;</li>
 *   <li>{@code scrolledPosts}, {@code scrollMs}, {@code heapScrolledMb} (with {@code scroll}): the feed list
 *       scrolled to its last row, again and again, until the artist's posts are all in the list.</li>
 * </ul>
 * System properties for diagnostics: {@code probe.threads} adds CPU per thread and node counts,
 * {@code probe.histogram} the heap's largest classes after scrolling,
 * {@code probe.startupOnly} stops after {@code shownMs}.
 */
public final class StartupProbe {

    static final String MARKER = "STARTUP-PROBE ";

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        StartupProbe probe = new StartupProbe();
        boolean bare = args[0].equals("bare");
        Thread watcher = new Thread(() -> probe.watch(bare, args.length > 2 && args[2].equals("scroll")),
                "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        if (bare) {
            Application.launch(BareWindow.class);
        } else {
            Launcher.main(new String[] {"--data-dir", args[1]});
        }
        watcher.join(TimeUnit.SECONDS.toMillis(60));
        System.exit(0);
    }

    private void watch(boolean bare, boolean scroll) {
        try {
            Scene scene = awaitWindow().getScene();
            if (bare) {
                figures.put("shownMs", sinceStart(onPulseWhen(scene,
                        () -> scene.getRoot().getLayoutBounds().getWidth() > 0)));
                figures.put("cpuMs", cpuMs());
                if (Boolean.getBoolean("probe.threads")) {
                    figures.put("threadCpuMs", ProbeDiagnostics.threadCpu());
                }
            } else {
                measureApp(scene, scroll);
            }
        } catch (Throwable e) {
            figures.put("error", e.toString());
        }
        System.out.println(MARKER + json());
        System.out.flush();
        Platform.exit();
    }

    private void measureApp(Scene scene, boolean scroll) throws Exception {
        figures.put("shownMs", sinceStart(onPulseWhen(scene, () -> !shownItems(scene, "#roster-list").isEmpty())));
        figures.put("cpuMs", cpuMs());
        if (Boolean.getBoolean("probe.threads")) {
            figures.put("threadCpuMs", ProbeDiagnostics.threadCpu());
            figures.put("nodes", onFx(() -> ProbeDiagnostics.nodeCounts(scene)));
        }
        if (Boolean.getBoolean("probe.startupOnly")) {
            return;
        }
        figures.put("heapShownMb", liveHeapMb());
        if (Boolean.getBoolean("probe.histogram")) {
            figures.put("histogramShown", ProbeDiagnostics.head(ProbeDiagnostics.classHistogram(), 400));
        }
        figures.put("firstFeedMs", sinceStart(onPulseWhen(scene, () -> !shownItems(scene, "#feed-list").isEmpty())));
        ListView<?> roster = (ListView<?>) onFx(() -> scene.lookup("#roster-list"));
        Artist largest = onFx(() -> roster.getItems().stream().map(Artist.class::cast)
                .max(Comparator.comparingLong(Artist::postCount)).orElseThrow());
        figures.put("largestPosts", largest.postCount());
        if (onFx(() -> roster.getSelectionModel().getSelectedItem()).equals(largest)) {
            Artist other = onFx(() -> roster.getItems().stream().map(Artist.class::cast)
                    .filter(a -> !a.equals(largest) && a.postCount() > 0).findFirst().orElseThrow());
            select(roster, other);
            onPulseWhen(scene, () -> feedShows(scene, other));
        }
        // the shown feed settled (its counts too), as when a user looks at one artist and then picks another
        onPulseWhen(scene, () -> scene.lookup("#feed-count") instanceof Label count && !count.getText().isEmpty());
        long selected = select(roster, largest);
        SceneWatch.Met open = onPulseWhen(scene, () -> feedShows(scene, largest));
        figures.put("feedOpenMs", (open.nanos() - selected) / 1e6);
        if (scroll) {
            scrollToEnd(scene, largest);
        }
    }

    /**
     * Scrolls the feed list to its last row, as dragging the scroll bar to the bottom does, each time the list
     * has grown (the view asks for the next page when it shows rows near the end), until every post of the
     * artist is in it.
     */
    private void scrollToEnd(Scene scene, Artist artist) throws Exception {
        ListView<?> feed = (ListView<?>) onFx(() -> scene.lookup("#feed-list"));
        long t0 = System.nanoTime();
        int scrolledAt = -1;
        long lastGrowth = System.nanoTime();
        while (true) {
            int size = onFx(() -> feed.getItems().size());
            if (size >= artist.postCount()) {
                break;
            }
            if (size != scrolledAt) {
                onFx(() -> {
                    feed.scrollTo(feed.getItems().size() - 1);
                    return null;
                });
                scrolledAt = size;
                lastGrowth = System.nanoTime();
            } else if (System.nanoTime() - lastGrowth > TimeUnit.SECONDS.toNanos(30)) {
                throw new IllegalStateException("the feed stopped growing at " + size + " of "
                        + artist.postCount() + " posts");
            }
            Thread.sleep(SceneWatch.POLL_MS);
        }
        figures.put("scrollMs", (System.nanoTime() - t0) / 1e6);
        figures.put("scrolledPosts", onFx(() -> feed.getItems().size()));
        figures.put("heapScrolledMb", liveHeapMb());
        if (Boolean.getBoolean("probe.histogram")) {
            figures.put("histogram", ProbeDiagnostics.head(ProbeDiagnostics.classHistogram(), 400));
        }
    }

    /** Selects the artist in the roster as a click does; returns {@link System#nanoTime()} at that moment. */
    private static long select(ListView<?> roster, Artist artist) throws Exception {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Artist> artists = (ListView<Artist>) roster;
            long now = System.nanoTime();
            artists.getSelectionModel().select(artist);
            return now;
        });
    }

    private static boolean feedShows(Scene scene, Artist artist) {
        List<Object> items = SceneWatch.shownItems(scene, "#feed-list");
        return !items.isEmpty() && items.stream().allMatch(p -> ((Post) p).artistId() == artist.id());
    }

    private long sinceStart(SceneWatch.Met met) {
        return met.epochMs() - jvmStart;
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included), in ms. */
    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /**
     * Live heap in MB: the bytes of all objects still reachable, as the JVM's class histogram counts them
     * right after the full collection it runs first ({@code GC.class_histogram}, the diagnostic command
     * {@code jcmd} uses, called in-process). The used heap read after {@code System.gc()} proved unsteady here
     * (118–320 MB for the same scrolled feed, as other threads allocate and young collections follow); the
     * histogram's total varied by under 1 %. Taken three times, 0.5 s apart once the scene has settled, and the
     * smallest kept: right after the last page arrived the histogram still counted several hundred MB of what
     * that moment's work held (322–663 MB), gone a second later (161 MB every time).
     */
    private static double liveHeapMb() {
        double least = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            sleep(500);
            least = Math.min(least, histogramTotalMb());
        }
        return least;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double histogramTotalMb() {
        return ProbeDiagnostics.liveBytes(ProbeDiagnostics.classHistogram()) / (1024.0 * 1024.0);
    }

    private String json() {
        try {
            return new ObjectMapper().writeValueAsString(figures);
        } catch (Exception e) {
            return "{\"error\":\"" + e + "\"}";
        }
    }
}
