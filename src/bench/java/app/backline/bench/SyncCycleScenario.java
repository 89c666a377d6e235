package app.backline.bench;

import app.backline.app.AppContext;
import app.backline.app.AppPaths;
import app.backline.accounts.AccountRequest;
import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;
import app.backline.platform.ApiBases;
import app.backline.platform.PlatformClient;
import app.backline.platform.instagram.InstagramClient;
import app.backline.platform.linkedin.LinkedInClient;
import app.backline.platform.tiktok.TikTokClient;
import app.backline.platform.x.XClient;
import app.backline.platform.youtube.YouTubeClient;
import app.backline.secrets.KeyFileKeySource;
import app.backline.sync.SyncOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code sync_cycle}: one no-change poll cycle over {@code bench.sync.accounts} (default 50) accounts per platform,
 * 250 in all, through what {@code backline sync --once} runs ({@code AppContext.syncOnce}): a fresh data folder
 * with its vault key in a key file, accounts added as {@code accounts add} adds them (token sealed in the vault,
 * 365 days of backfill), the five real platform clients pointed at {@link SyncServers} in a child JVM. A first
 * cycle backfills every account (20 posts each, all past the metrics ladder), quiet cycles follow until the
 * media cache has every thumbnail (the steady state); then
 * {@code bench.sync.cycles} (default 3) cycles are measured: requests counted by the servers, and the CPU time of
 * this process (every thread of it: the servers are in the other process). Baseline: the same requests, as the
 * servers logged them, sent again with a plain {@link OkHttpClient} on two threads (the engine's pool size) and
 * read to the end. Medians.
 */
final class SyncCycleScenario implements Scenario {

    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    /**
     * Shortest time from one cycle's start to the next: TikTok allows a label's app 600 requests a minute (the
     * app's budget refuses more), and a cycle sends one per TikTok account. The engine's own schedule polls
     * every 5 minutes; only this back-to-back loop could outrun the budget.
     */
    private static final long CYCLE_SPACING_MS = 6_000;
    /** Quiet cycles at least before the measured ones (the JIT compiles the poll path meanwhile). */
    private static final int WARM_UP_CYCLES = 4;
    /** Posts per account: the whole history fits the first poll page (25; TikTok's 20). */
    private static final int POSTS_PER_ACCOUNT = 20;

    private long lastCycle;

    @Override
    public String name() {
        return "sync_cycle";
    }

    @Override
    public Phase phase() {
        return Phase.INDEPENDENT;
    }

    @Override
    public List<ResultRow> run(BenchContext context) throws Exception {
        int perPlatform = Integer.getInteger("bench.sync.accounts", 50);
        int cycles = Integer.getInteger("bench.sync.cycles", 3);
        int accounts = perPlatform * Platform.values().length;
        Path dataDir = context.stores().fresh("sync-cycle").getParent();
        Process child = startServers(context, perPlatform);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter commands = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
            Map<Platform, Integer> ports = ports(in.readLine());
            new KeyFileKeySource(dataDir.resolve("vault.key")).store(newKey());
            AppPaths paths = AppPaths.resolve(dataDir.toString(), Map.of(), System.getProperty("os.name"),
                    System.getProperty("user.home"));
            try (AppContext app = AppContext.open(paths, (http, bases) -> clients(http, ports))) {
                addAccounts(app, perPlatform);
                context.log("sync_cycle: backfill of " + accounts + " accounts");
                long t0 = System.nanoTime();
                check(cycle(app), accounts, true);
                context.detail("sync_cycle.backfill_s", (System.nanoTime() - t0) / 1e9);
                int warmups = settle(app, accounts, commands, in);
                context.detail("sync_cycle.settling_cycles", warmups);
                double[] requests = new double[cycles];
                double[] cpu = new double[cycles];
                double[] wall = new double[cycles];
                double[] media = new double[cycles];
                for (int i = 0; i < cycles; i++) {
                    command(commands, in, "reset");
                    awaitSpacing();
                    long c0 = processCpuNanos();
                    long w0 = System.nanoTime();
                    check(cycle(app), accounts, false);
                    wall[i] = (System.nanoTime() - w0) / 1e6 / accounts;
                    cpu[i] = (processCpuNanos() - c0) / 1e6 / accounts;
                    String stats = command(commands, in, "stats");
                    requests[i] = total(stats) / (double) accounts;
                    media[i] = Integer.parseInt(stats.substring(stats.indexOf(" media ") + 7).strip());
                }
                List<SyncServers.Logged> log = log(commands, in);
                double[] baseline = new double[cycles];
                replay(log, ports);
                for (int i = 0; i < cycles; i++) {
                    long c0 = processCpuNanos();
                    replay(log, ports);
                    baseline[i] = (processCpuNanos() - c0) / 1e6 / accounts;
                }
                context.detail("sync_cycle.runs_cpu_ms_per_account", round(cpu));
                context.detail("sync_cycle.runs_wall_ms_per_account", round(wall));
                context.detail("sync_cycle.runs_okhttp_cpu_ms_per_account", round(baseline));
                context.detail("sync_cycle.requests_by_platform", byPlatform(log));
                context.detail("sync_cycle.runs_media_downloads", media);
                double cpuMedian = Samples.median(cpu);
                double baseMedian = Samples.median(baseline);
                context.log(String.format("  %.2f requests and %.2f ms CPU per account (plain OkHttp %.2f ms)",
                        Samples.median(requests), cpuMedian, baseMedian));
                return List.of(ResultRow.checked("sync_cycle.requests_per_account", Samples.median(requests),
                                "requests", null, "<= 2"),
                        ResultRow.checked("sync_cycle.cpu_ms_per_account", cpuMedian, "ms", baseMedian, "<= 20"));
            }
        } finally {
            child.destroy();
        }
    }

    /**
     * Polls until a cycle downloads no more thumbnails (the media cache fetches a few hundred after each cycle's
     * runs) and at least {@link #WARM_UP_CYCLES} cycles have run, so that the measured cycles are the steady state
     * of a quiet label: at most 20 cycles.
     */
    private int settle(AppContext app, int accounts, PrintWriter commands, BufferedReader in)
            throws IOException, InterruptedException {
        for (int cycle = 1; cycle <= 20; cycle++) {
            command(commands, in, "reset");
            check(cycle(app), accounts, false);
            String stats = command(commands, in, "stats");
            if (stats.endsWith(" media 0") && cycle >= WARM_UP_CYCLES) {
                return cycle;
            }
        }
        throw new IllegalStateException("the media cache was still downloading after 20 quiet cycles");
    }

    /** One {@code sync --once} cycle, no sooner than {@link #CYCLE_SPACING_MS} after the previous one began. */
    private List<SyncOutcome> cycle(AppContext app) throws InterruptedException {
        awaitSpacing();
        lastCycle = System.nanoTime();
        return app.syncOnce(null);
    }

    private void awaitSpacing() throws InterruptedException {
        long waitMs = CYCLE_SPACING_MS - (System.nanoTime() - lastCycle) / 1_000_000;
        if (lastCycle != 0 && waitMs > 0) {
            Thread.sleep(waitMs);
        }
    }

    private static Process startServers(BenchContext context, int perPlatform) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SyncServers.class.getName(), Integer.toString(perPlatform), Integer.toString(POSTS_PER_ACCOUNT),
                Long.toString(System.currentTimeMillis()))
                .redirectError(context.out().resolve("sync-servers.log").toFile()).start();
    }

    private static Map<Platform, Integer> ports(String line) {
        if (line == null || !line.startsWith("ports ")) {
            throw new IllegalStateException("the sync servers did not start: " + line);
        }
        String[] f = line.split(" ");
        Map<Platform, Integer> ports = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            ports.put(p, Integer.parseInt(f[1 + p.ordinal()]));
        }
        return ports;
    }

    /** The five real clients, every API host of each moved onto its loopback server. */
    private static Map<Platform, PlatformClient> clients(app.backline.platform.ApiHttp http, Map<Platform, Integer> ports) {
        Map<Platform, HttpUrl> urls = new EnumMap<>(Platform.class);
        ports.forEach((p, port) -> urls.put(p, HttpUrl.get("http://127.0.0.1:" + port + "/")));
        ApiBases bases = ApiBases.of(urls);
        return Map.of(Platform.INSTAGRAM, new InstagramClient(http, bases), Platform.TIKTOK, new TikTokClient(http, bases),
                Platform.YOUTUBE, new YouTubeClient(http, bases), Platform.X, new XClient(http, bases),
                Platform.LINKEDIN, new LinkedInClient(http, bases));
    }

    /** One artist per account index, with one account on each platform, as {@code accounts add} adds them. */
    private static void addAccounts(AppContext app, int perPlatform) {
        for (int a = 0; a < perPlatform; a++) {
            String artist = String.format("Sync Artist %03d", a);
            app.roster().add(artist);
            for (Platform p : Platform.values()) {
                app.accounts().add(new AccountRequest(ArtistRef.byName(artist), p, SyncPayloads.userId(p, a),
                        SyncPayloads.handle(p, a), null, SyncPayloads.token(p, a), null, 365));
            }
        }
    }

    /** Every account synced cleanly; the backfill brought posts, a poll none. */
    private static void check(List<SyncOutcome> outcomes, int accounts, boolean backfill) {
        if (outcomes.size() != accounts) {
            throw new IllegalStateException(outcomes.size() + " accounts synced, not " + accounts);
        }
        for (SyncOutcome o : outcomes) {
            if (o.error() != null || (backfill ? o.added() == 0 : o.added() != 0)) {
                throw new IllegalStateException("unexpected sync outcome: " + o);
            }
        }
    }

    private static String command(PrintWriter commands, BufferedReader in, String command) throws IOException {
        commands.println(command);
        return in.readLine();
    }

    private static List<SyncServers.Logged> log(PrintWriter commands, BufferedReader in) throws IOException {
        commands.println("log");
        List<SyncServers.Logged> log = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.equals("end"); line = in.readLine()) {
            log.add(SyncServers.Logged.parse(line));
        }
        return log;
    }

    private static int total(String stats) {
        return Arrays.stream(stats.split(" ")).skip(1).limit(Platform.values().length).mapToInt(Integer::parseInt)
                .sum();
    }

    private static Map<Platform, Long> byPlatform(List<SyncServers.Logged> log) {
        Map<Platform, Long> counts = new EnumMap<>(Platform.class);
        log.forEach(l -> counts.merge(l.platform(), 1L, Long::sum));
        return counts;
    }

    /** The logged requests again, through a plain OkHttp client on two threads, each body read to the end. */
    private static void replay(List<SyncServers.Logged> log, Map<Platform, Integer> ports) throws Exception {
        OkHttpClient client = new OkHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (SyncServers.Logged l : log) {
                sent.add(pool.submit(() -> send(client, l, ports.get(l.platform()))));
            }
            for (Future<Integer> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private static int send(OkHttpClient client, SyncServers.Logged l, int port) throws IOException {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + l.pathAndQuery())
                .header("Authorization", "Bearer " + l.token());
        if (l.ifNoneMatch() != null) {
            request.header("If-None-Match", l.ifNoneMatch());
        }
        if (l.method().equals("POST")) {
            request.post(RequestBody.create(l.body(), JSON));
        }
        try (Response response = client.newCall(request.build()).execute()) {
            return response.body().string().length();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
    }
}
