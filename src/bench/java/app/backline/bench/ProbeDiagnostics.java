package app.backline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Node;
import javax.management.JMException;
import javax.management.ObjectName;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;

/** What {@link StartupProbe} adds with {@code -Dprobe.threads=true}: where the start-up's CPU time went. */
final class ProbeDiagnostics {

    private ProbeDiagnostics() {
    }

    /**
     * CPU ms of each live thread over 10 ms, JVM threads (JIT, GC) included, from {@code /proc} (diagnostics:
     * where the start-up's CPU time went; Linux only).
     */
    static Map<String, Long> threadCpu() {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).strip();
                String stat = Files.readString(task.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 Hz ticks
                if (ms > 10) {
                    out.merge(name.replaceAll("[0-9]+$", "#"), ms, Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            out.put("unreadable: " + e, 0L);
        }
        return out;
    }

    /** Nodes in the scene, and under each child of the main split pane (diagnostics). */
    static Map<String, Integer> nodeCounts(Scene scene) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("scene", count(scene.getRoot()));
        Node split = scene.lookup(".main-split");
        if (split instanceof SplitPane pane) {
            for (Node item : pane.getItems()) {
                out.merge(item.getClass().getSimpleName(), count(item), Integer::sum);
            }
        }
        return out;
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    /**
     * The JVM's class histogram (the diagnostic command {@code jcmd PID GC.class_histogram} runs, called
     * in-process), taken after the full collection it runs first; its last line is the total.
     */
    static List<String> classHistogram() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return histogram.strip().lines().toList();
        } catch (JMException e) {
            throw new IllegalStateException("the class histogram could not be read", e);
        }
    }

    /** Bytes of all reachable objects, from the histogram's last line ({@code Total <instances> <bytes>}). */
    static long liveBytes(List<String> histogram) {
        String[] total = histogram.get(histogram.size() - 1).trim().split("\\s+");
        return Long.parseLong(total[2]);
    }

    /** The histogram's first {@code lines} lines and its total (diagnostics). */
    static List<String> head(List<String> histogram, int lines) {
        List<String> head = new ArrayList<>(histogram.subList(0, Math.min(lines, histogram.size())));
        if (histogram.size() > lines) {
            head.add(histogram.get(histogram.size() - 1));
        }
        return head;
    }
}
