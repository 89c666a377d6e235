package app.backline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Node;
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

    /** The first {@code lines} lines of {@code jcmd PID GC.class_histogram} for this process and its total (diagnostics). */
    static List<String> classHistogram(int lines) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true).start();
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                List<String> all = out.lines().toList();
                List<String> head = new java.util.ArrayList<>(all.subList(0, Math.min(lines, all.size())));
                if (all.size() > lines) {
                    head.add(all.get(all.size() - 1)); // the total
                }
                return head;
            }
        } catch (IOException e) {
            return List.of("jcmd failed: " + e.getMessage());
        }
    }
}
