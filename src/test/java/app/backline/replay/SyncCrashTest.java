package app.backline.replay;

import app.backline.accounts.AccountRequest;
import app.backline.app.AppContext;
import app.backline.app.AppPaths;
import app.backline.domain.Artist;
import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;
import app.backline.domain.PostFilter;
import app.backline.persistence.Database;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of a child JVM in the middle of a backfill ({@code sync --once}), at two points: while it waits for
 * page 3 (pages 1 and 2 committed), and a few milliseconds after page 2 was answered (while it writes it).
 * After a restart no post is lost or doubled, and the backfill resumes from the last committed cursor.
 */
class SyncCrashTest {

    private static final int PER_PAGE = 100;
    private static final String TOKEN = "crash-test-token-0123456789";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aSyncKilledMidBackfillLosesNothingDuplicatesNothingAndResumes() throws Exception {
        for (String killPoint : List.of("WAITING_FOR_PAGE_3", "WRITING_PAGE_2")) {
            Path data = dir.resolve(killPoint);
            try (AppContext context = AppContext.open(AppPaths.resolve(data.toString(), Map.of(), "Linux", "/none"))) {
                context.accounts().add(new AccountRequest(ArtistRef.byName("Crash"), Platform.X, "42", "crash", null,
                        TOKEN, null, 30));
            }
            XPages pages = new XPages(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            try (MockWebServer server = new MockWebServer()) {
                server.setDispatcher(pages);
                server.start();
                ChildBackline backline = new ChildBackline(data, Map.of(
                        "BACKLINE_API_BASE_X", "http://127.0.0.1:" + server.getPort(),
                        "XDG_STATE_HOME", dir.resolve("state").toString()));

                Process child = backline.start("sync", "--once");
                CountDownLatch point = killPoint.equals("WAITING_FOR_PAGE_3") ? pages.page3Asked : pages.page2Answered;
                assertTrue(point.await(90, TimeUnit.SECONDS), killPoint + " never reached");
                if (killPoint.equals("WRITING_PAGE_2")) {
                    Thread.sleep(15);
                }
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                long kept = posts(data);
                String where = "killed " + killPoint + ": " + kept + " posts";
                assertTrue(kept == PER_PAGE || kept == 2 * PER_PAGE, where + " (whole pages only)");
                if (killPoint.equals("WAITING_FOR_PAGE_3")) {
                    assertEquals(2 * PER_PAGE, kept, where);
                }

                pages.release();
                pages.tokensAsked.clear();
                ChildBackline.Result resumed = backline.run("sync", "--once");
                assertEquals(0, resumed.exitCode(), where + ", then: " + resumed.output());
                assertTrue(resumed.output().contains("READY, " + (3 * PER_PAGE - kept) + " new"), resumed.output());
                assertEquals(3 * PER_PAGE, posts(data), where + ": all posts once after the restart");
                String firstToken = pages.tokensAsked.get(0);
                assertEquals(kept == 2 * PER_PAGE ? "p3" : "p2", firstToken,
                        where + ": the restart resumes from the last committed cursor");
                ChildBackline.Result runs = backline.run("runs", "list", "--json");
                assertTrue(runs.output().contains("\"INTERRUPTED\""), "the killed run is recorded as interrupted: "
                        + runs.output());
            }
        }
    }

    private static long posts(Path data) {
        try (Database db = Database.open(data.resolve("store").resolve("backline"))) {
            Artist artist = db.artists().findByName("Crash").orElseThrow();
            long rows = db.posts().count(artist.id(), PostFilter.all());
            assertEquals(rows, artist.postCount(), "the roster's count agrees with the rows");
            return rows;
        }
    }

    /** Three pages of X posts; page 3 stalls until {@link #release} is called. */
    private static final class XPages extends Dispatcher {

        final CountDownLatch page2Answered = new CountDownLatch(1);
        final CountDownLatch page3Asked = new CountDownLatch(1);
        final List<String> tokensAsked = new CopyOnWriteArrayList<>();
        private final CountDownLatch release = new CountDownLatch(1);
        private final Instant newest;

        XPages(Instant newest) {
            this.newest = newest;
        }

        void release() {
            release.countDown();
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = request.getUrl().encodedPath();
            if (!path.equals("/2/users/42/tweets")) {
                return json("{\"data\":[]}");
            }
            String token = request.getUrl().queryParameter("pagination_token");
            tokensAsked.add(token == null ? "p1" : token);
            if ("p3".equals(token) && release.getCount() > 0) {
                page3Asked.countDown();
                release.await(60, TimeUnit.SECONDS);
            }
            int page = token == null ? 1 : Integer.parseInt(token.substring(1));
            MockResponse response = json(page(page));
            if (page == 2) {
                page2Answered.countDown();
            }
            return response;
        }

        private String page(int page) {
            StringBuilder body = new StringBuilder("{\"data\":[");
            for (int i = 0; i < PER_PAGE; i++) {
                int n = (page - 1) * PER_PAGE + i;
                body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(1_900_000_000_000_000_000L - n)
                        .append("\",\"text\":\"Tour date ").append(n).append(" announced #tour\",\"created_at\":\"")
                        .append(newest.minus(n, ChronoUnit.MINUTES)).append("\",\"public_metrics\":{\"like_count\":")
                        .append(n).append(",\"reply_count\":1,\"retweet_count\":2,\"quote_count\":0}}");
            }
            body.append("],\"meta\":{\"result_count\":").append(PER_PAGE);
            if (page < 3) {
                body.append(",\"next_token\":\"p").append(page + 1).append('"');
            }
            return body.append("}}").toString();
        }

        private static MockResponse json(String body) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
        }
    }
}
