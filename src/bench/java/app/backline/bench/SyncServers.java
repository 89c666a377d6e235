package app.backline.bench;

import app.backline.domain.Platform;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The {@code sync_cycle} scenario's five platform servers, run in their own JVM so that the scenario's process
 * CPU is Backline's alone. One loopback {@link MockWebServer} per platform answers in that platform's shape
 * ({@link SyncPayloads}) for {@code accounts} accounts of {@code posts} posts each; the bearer token names the
 * account. Prints {@code ports <instagram> <tiktok> <youtube> <x> <linkedin>}, then answers commands on
 * stdin: {@code reset} (zero the counts and the request log), {@code stats} (API requests per platform since the
 * reset, then {@code media <n>} image downloads), {@code log} (the requests since the reset, to replay as the baseline), {@code quit}.
 *
 * <p>Usage: {@code SyncServers ACCOUNTS POSTS NOW_MILLIS}.
 */
public final class SyncServers {

    /** One request as received: enough to send it again. */
    record Logged(Platform platform, String method, String pathAndQuery, String token, String ifNoneMatch,
                  byte[] body) {

        String line() {
            return String.join("\t", "req", platform.name(), method, pathAndQuery, token,
                    ifNoneMatch == null ? "-" : ifNoneMatch,
                    body.length == 0 ? "-" : Base64.getEncoder().encodeToString(body));
        }

        static Logged parse(String line) {
            String[] f = line.split("\t");
            return new Logged(Platform.valueOf(f[1]), f[2], f[3], f[4], f[5].equals("-") ? null : f[5],
                    f[6].equals("-") ? new byte[0] : Base64.getDecoder().decode(f[6]));
        }
    }

    private final Map<Platform, AtomicInteger> counts = new EnumMap<>(Platform.class);
    private final AtomicInteger media = new AtomicInteger();
    private final List<Logged> log = new CopyOnWriteArrayList<>();
    private final SyncPayloads payloads;
    private final byte[] png;

    private SyncServers(SyncPayloads payloads) {
        this.payloads = payloads;
        this.png = png();
        for (Platform p : Platform.values()) {
            counts.put(p, new AtomicInteger());
        }
    }

    public static void main(String[] args) throws IOException {
        SyncPayloads payloads = new SyncPayloads(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Long.parseLong(args[2]));
        SyncServers servers = new SyncServers(payloads);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<MockWebServer> started = new ArrayList<>();
        StringBuilder ports = new StringBuilder("ports");
        for (Platform p : Platform.values()) {
            MockWebServer server = new MockWebServer();
            server.setDispatcher(servers.dispatcher(p, server));
            server.start(InetAddress.getLoopbackAddress(), 0);
            started.add(server);
            ports.append(' ').append(server.getPort());
        }
        out.println(ports);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = in.readLine(); command != null && !command.equals("quit"); command = in.readLine()) {
            servers.answer(command.strip(), out);
        }
        started.forEach(MockWebServer::close);
    }

    private void answer(String command, PrintStream out) {
        switch (command) {
            case "reset" -> {
                counts.values().forEach(c -> c.set(0));
                media.set(0);
                log.clear();
                out.println("ok");
            }
            case "stats" -> {
                StringBuilder line = new StringBuilder("requests");
                counts.values().forEach(c -> line.append(' ').append(c.get()));
                out.println(line.append(" media ").append(media.get()));
            }
            case "log" -> {
                log.forEach(l -> out.println(l.line()));
                out.println("end");
            }
            default -> out.println("unknown command " + command);
        }
    }

    private Dispatcher dispatcher(Platform platform, MockWebServer server) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.startsWith("/media/")) {
                    media.incrementAndGet();
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png").body(
                            new okio.Buffer().write(png)).build();
                }
                counts.get(platform).incrementAndGet();
                String auth = request.getHeaders().get("Authorization");
                String token = auth == null ? "" : auth.replaceFirst("^Bearer ", "");
                byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
                String query = request.getUrl().encodedQuery();
                log.add(new Logged(platform, request.getMethod(), path + (query == null ? "" : "?" + query), token,
                        request.getHeaders().get("If-None-Match"), body));
                return payloads.answer(platform, request, token, "http://127.0.0.1:" + server.getPort());
            }
        };
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
