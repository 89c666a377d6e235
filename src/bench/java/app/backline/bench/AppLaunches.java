package app.backline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link StartupProbe} in child JVMs, as a user starts Backline: the app's own classes and runtime
 * libraries (not the test libraries), no JVM options but the headless display, the shipped logging
 * configuration, logs under {@code <out>/startup/state}. Both the app and the bare window run this way, on
 * Monocle's headless screen, so they differ only in what they show.
 *
 * <p>The app opens a data folder made once per bench run: a copy of the loaded store (the bench's own store
 * stays as it is for the other scenarios, e.g. store_size), and an empty file named like a backup taken now,
 * so that the daily automatic backup, due 60 s after start in a folder without one, does not start copying
 * the whole store in the middle of a measurement.
 */
final class AppLaunches {

    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final BenchContext context;
    private Path dataDir;

    AppLaunches(BenchContext context) {
        this.context = context;
    }

    /** The probe's figures from a bare window. */
    Map<String, Object> bare() throws IOException, InterruptedException {
        return run(List.of("bare"));
    }

    /**
     * The probe's figures from the real app on the bench's data folder.
     *
     * @param scroll also scroll the largest artist's feed to its end and weigh the heap
     */
    Map<String, Object> app(boolean scroll) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("app", dataDir().toString()));
        if (scroll) {
            args.add("scroll");
        }
        return run(args);
    }

    private Path dataDir() throws IOException {
        if (dataDir == null) {
            Path dir = context.out().resolve("startup/data");
            BenchStores.deleteTree(dir);
            Path store = Files.createDirectories(dir.resolve("store")); // AppPaths.databaseBase(): store/backline
            Path source = Path.of(context.storeBase() + ".mv.db");
            context.log("startup: copying the " + Files.size(source) / (1024 * 1024) + " MB store for the app");
            Files.copy(source, store.resolve("backline.mv.db"), StandardCopyOption.COPY_ATTRIBUTES);
            // the search index the ingest wrote beside the store: without it the app would rebuild it in the
            // background (tens of seconds of CPU at 1 M posts) while being measured
            Path index = context.storeBase().resolveSibling("search-index");
            if (Files.isDirectory(index)) {
                copyTree(index, dir.resolve("search-index"));
            }
            Path backups = Files.createDirectories(dir.resolve("backups"));
            Files.createFile(backups.resolve("backline-" + BACKUP_STAMP.format(Instant.now()) + ".zip"));
            dataDir = dir;
        }
        return dataDir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private Map<String, Object> run(List<String> probeArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", classpath(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dheadless.geometry=1440x900-32",
                "-Dlogback.configurationFile=" + appLogbackConfig(), StartupProbe.class.getName()));
        command.addAll(probeArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_STATE_HOME", context.out().resolve("startup/state").toString());
        Process process = builder.start();
        String line;
        String figures = null;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null) {
                if (line.startsWith(StartupProbe.MARKER)) {
                    figures = line.substring(StartupProbe.MARKER.length());
                } else if (!line.startsWith("WARNING") && tail.length() < 4000) {
                    tail.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        if (figures == null) {
            throw new IllegalStateException("the probe printed no figures: " + command + "\n" + tail);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = new ObjectMapper().readValue(figures, Map.class);
        if (parsed.containsKey("error")) {
            throw new IllegalStateException("the probe failed: " + parsed.get("error") + "\n" + tail);
        }
        return parsed;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The app's classes and runtime libraries ({@code bench.appClasspath}, written by the bench profile),
     * then Monocle and the bench's classes; without that file, this JVM's own class path.
     */
    private static String classpath() throws IOException {
        List<String> own = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String file = System.getProperty("bench.appClasspath", "");
        if (file.isBlank() || !Files.exists(Path.of(file))) {
            return String.join(File.pathSeparator, own);
        }
        List<String> entries = new ArrayList<>();
        own.stream().filter(e -> e.endsWith("classes") && !e.endsWith("test-classes")).forEach(entries::add);
        entries.addAll(Arrays.asList(Files.readString(Path.of(file)).strip().split(File.pathSeparator)));
        own.stream().filter(e -> e.contains("openjfx-monocle") || e.endsWith("test-classes")).forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    /** The shipped logging set-up (the bench classes' folder also holds the tests' logback-test.xml). */
    private static String appLogbackConfig() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith("classes") && !e.endsWith("test-classes"))
                .map(e -> Path.of(e, "logback.xml")).filter(Files::exists).findFirst()
                .map(Path::toString).orElse("logback.xml");
    }
}
