package app.backline.replay;

import app.backline.domain.Platform;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Five loopback servers, one per platform, that answer Backline's platform calls with the recorded payloads
 * of {@code ../shared/platform-samples} (read in place), for end-to-end runs with
 * {@code BACKLINE_API_BASE_<PLATFORM>} pointing at them. Recorded times are moved so the newest post is a
 * day old. The access token picks the behaviour: {@code expired-…} answers the platform's expired-token
 * error, {@code denied-…} its missing-permission error, {@code limited-…} a 429 with {@code Retry-After: 2}
 * on its first request, {@code slow-…} answers after 10 minutes; any other token gets the recordings.
 * Media addresses on the platforms' CDNs are moved onto the replay, which answers them with a small PNG.
 */
public final class PlatformReplay implements AutoCloseable {

    /** Media CDNs of the recordings; their addresses are moved onto the replay so tests never leave loopback. */
    private static final Pattern MEDIA_URL = Pattern.compile(
            "\"https://([a-z0-9.-]*(cdninstagram\\.com|fbcdn\\.net|ytimg\\.com|twimg\\.com|tiktokcdn[a-z-]*\\.com|licdn\\.com))/");
    private static final Pattern COUNT = Pattern.compile(
            "\"(like_count|likeCount|comment_count|commentCount|view_count|viewCount|reply_count|retweet_count)\"(\\s*:\\s*)(\"?)(\\d+)");

    private final SampleRoutes routes;
    private final FailureAnswers failures;
    private final Map<Platform, MockWebServer> servers = new EnumMap<>(Platform.class);
    private final Map<Platform, SampleTimes> firstPageTimes = new EnumMap<>(Platform.class);
    private final Map<String, SampleTimes> pageTimes = new ConcurrentHashMap<>();
    private final Set<String> limitedOnce = ConcurrentHashMap.newKeySet();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requestsByToken = new ConcurrentHashMap<>();
    private volatile int metricsBump;

    private PlatformReplay(java.nio.file.Path samples, Clock clock) {
        this.routes = new SampleRoutes(samples);
        this.failures = new FailureAnswers(routes);
        for (Platform p : Platform.values()) {
            chainPages(p, clock.instant().minus(Duration.ofDays(1)));
        }
    }

    /**
     * Each page's newest post lands an hour before the previous page's oldest (the first page's a day ago),
     * so the pages stay in the order Backline pages through them and within a backfill window even where
     * the recordings are years apart (X's two pages).
     */
    private void chainPages(Platform platform, Instant firstNewest) {
        Instant anchor = firstNewest;
        for (String key : routes.pageKeys(platform)) {
            String page = routes.page(key);
            Instant newest = SampleTimes.newest(page);
            SampleTimes shift = new SampleTimes(newest == null ? Duration.ZERO : Duration.between(newest, anchor));
            pageTimes.put(key, shift);
            firstPageTimes.putIfAbsent(platform, shift);
            Instant oldest = SampleTimes.oldest(page);
            anchor = oldest == null ? anchor : oldest.plus(shift.shift()).minus(Duration.ofHours(1));
        }
    }

    /** Starts the five servers on free loopback ports ({@code basePort} + 0..4 when basePort > 0). */
    public static PlatformReplay start(java.nio.file.Path samples, Clock clock, int basePort) {
        PlatformReplay replay = new PlatformReplay(samples, clock);
        try {
            for (Platform p : Platform.values()) {
                MockWebServer server = new MockWebServer();
                server.setDispatcher(replay.dispatcher(p));
                server.start(java.net.InetAddress.getLoopbackAddress(), basePort > 0 ? basePort + p.ordinal() : 0);
                replay.servers.put(p, server);
            }
        } catch (IOException e) {
            replay.close();
            throw new UncheckedIOException(e);
        }
        return replay;
    }

    /** {@code BACKLINE_API_BASE_<PLATFORM>} → this replay's server, for a child process's environment. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        servers.forEach((p, s) -> env.put("BACKLINE_API_BASE_" + p.name(), "http://127.0.0.1:" + s.getPort()));
        return env;
    }

    /** From now on every like/comment/view count answered is {@code delta} higher than recorded. */
    public void bumpMetrics(int delta) {
        metricsBump = delta;
    }

    /** Requests received with an access token starting with {@code prefix}. */
    public int requests(String tokenPrefix) {
        return requestsByToken.entrySet().stream().filter(e -> e.getKey().startsWith(tokenPrefix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** One line per request: platform, method, path and query (never the token). */
    public List<String> log() {
        return new ArrayList<>(log);
    }

    private Dispatcher dispatcher(Platform platform) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String auth = request.getHeaders().get("Authorization");
                String token = auth == null ? "" : auth.replaceFirst("^Bearer ", "");
                requestsByToken.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
                log.add(platform.key() + " " + request.getMethod() + " " + request.getUrl().encodedPath()
                        + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery()));
                return answer(platform, token, request);
            }
        };
    }

    private MockResponse answer(Platform platform, String token, RecordedRequest request) {
        if (token.startsWith("expired-")) {
            return failures.expired(platform);
        }
        if (token.startsWith("denied-")) {
            return failures.denied(platform);
        }
        if (token.startsWith("limited-") && limitedOnce.add(token)) {
            return failures.limited(platform, 2);
        }
        if (request.getUrl().encodedPath().startsWith("/media/")) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png").body(TestImages.png()).build();
        }
        String body = routes.body(platform, request);
        if (body == null) {
            return FailureAnswers.json(404, "{\"error\":{\"message\":\"no recording for this endpoint\"}}");
        }
        MockResponse.Builder ok = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(onLoopback(platform, bumped(timesFor(platform, request).shifted(body))));
        if (token.startsWith("slow-")) {
            ok.headersDelay(10, TimeUnit.MINUTES);
        }
        return ok.build();
    }

    private String onLoopback(Platform platform, String body) {
        String base = "\"http://127.0.0.1:" + servers.get(platform).getPort() + "/media/";
        return MEDIA_URL.matcher(body).replaceAll(m -> Matcher.quoteReplacement(base + m.group(1) + "/"));
    }

    private SampleTimes timesFor(Platform platform, RecordedRequest request) {
        String key = routes.pageKey(platform, request);
        return key != null ? pageTimes.get(key) : firstPageTimes.get(platform);
    }

    private String bumped(String body) {
        int delta = metricsBump;
        if (delta == 0) {
            return body;
        }
        Matcher m = COUNT.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long value = Long.parseLong(m.group(4)) + delta;
            m.appendReplacement(out, Matcher.quoteReplacement("\"" + m.group(1) + "\"" + m.group(2) + m.group(3) + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public void close() {
        servers.values().forEach(MockWebServer::close);
    }

    /** Runs the replay until killed, printing the environment to use: {@code PlatformReplay [SAMPLES] [BASE_PORT]}. */
    public static void main(String[] args) throws Exception {
        java.nio.file.Path samples = java.nio.file.Path.of(args.length > 0 ? args[0] : "../shared/platform-samples");
        PlatformReplay replay = start(samples, Clock.systemUTC(), args.length > 1 ? Integer.parseInt(args[1]) : 18100);
        replay.environment().forEach((k, v) -> System.out.println("export " + k + "=" + v));
        System.out.flush();
        Thread.currentThread().join();
    }
}
