package app.backline.testing;

import app.backline.domain.CaptionEntities;
import app.backline.domain.IngestSource;
import app.backline.domain.Media;
import app.backline.domain.MediaType;
import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PlatformClient;
import app.backline.platform.PostPage;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A test-only platform client with a small JSON shape of its own, making real HTTP calls through
 * {@link ApiHttp} (so retries, Retry-After, request counting, budgets and error mapping are the real ones):
 * <pre>
 * GET /scripted/me                                   → {"id":"u1","handle":"mila","url":"https://…"}
 * GET /scripted/posts?user=ID&amp;size=N[&amp;cursor=C][&amp;since=ID][&amp;notBefore=ISO]
 *                                                    → {"posts":[{"id","text","at","permalink","likes",
 *                                                        "comments","shares","views","media":[{"type","url"}]}],
 *                                                       "next":"c2"}   (next absent on the last page)
 * GET /scripted/metrics?ids=a,b                      → {"metrics":[{"id","likes","comments","shares","views"}]}
 * </pre>
 */
public final class ScriptedClient implements PlatformClient {

    private final Platform platform;
    private final ApiHttp http;
    private final Supplier<HttpUrl> base;
    private final int metricsBatch;

    public ScriptedClient(Platform platform, ApiHttp http, Supplier<HttpUrl> base) {
        this(platform, http, base, 50);
    }

    public ScriptedClient(Platform platform, ApiHttp http, Supplier<HttpUrl> base, int metricsBatch) {
        this.platform = platform;
        this.http = http;
        this.base = base;
        this.metricsBatch = metricsBatch;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Me(String id, String handle, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String type, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Post(String id, String text, String at, String permalink, Long likes, Long comments, Long shares,
                       Long views, List<Item> media) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Post> posts, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(String id, Long likes, Long comments, Long shares, Long views) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(List<Count> metrics) {
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public AccountProfile profile(ApiConnection c) {
        Me me = http.send(c, get(c, url("/scripted/me").build()), 1, r -> null, Me.class);
        return new AccountProfile(me.id(), me.handle(), me.handle(), me.url(), null);
    }

    @Override
    public PostPage posts(ApiConnection c, PageRequest request) {
        HttpUrl.Builder url = url("/scripted/posts").addQueryParameter("user", c.externalUserId())
                .addQueryParameter("size", Integer.toString(request.pageSize()));
        if (request.cursor() != null) {
            url.addQueryParameter("cursor", request.cursor());
        }
        if (request.sinceId() != null) {
            url.addQueryParameter("since", request.sinceId());
        }
        Page page = http.send(c, get(c, url.build()), 1, r -> null, Page.class);
        List<PostDraft> drafts = page.posts() == null ? List.of() : page.posts().stream().map(this::draft).toList();
        return new PostPage(drafts, page.next());
    }

    @Override
    public List<MetricsUpdate> metrics(ApiConnection c, List<String> ids) {
        HttpUrl url = url("/scripted/metrics").addQueryParameter("ids", String.join(",", ids)).build();
        Counts counts = http.send(c, get(c, url), 1, r -> null, Counts.class);
        return counts.metrics().stream().map(m -> new MetricsUpdate(m.id(),
                new Metrics(m.likes(), m.comments(), m.shares(), m.views()))).toList();
    }

    @Override
    public int metricsBatchSize() {
        return metricsBatch;
    }

    private HttpUrl.Builder url(String path) {
        return base.get().newBuilder().encodedPath(path);
    }

    private static Request get(ApiConnection c, HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + c.accessToken().reveal()).build();
    }

    private PostDraft draft(Post p) {
        List<Media> media = p.media() == null ? List.of()
                : p.media().stream().map(m -> new Media(MediaType.valueOf(m.type()), m.url(), null)).toList();
        MediaType type = media.isEmpty() ? MediaType.TEXT : media.size() > 1 ? MediaType.CAROUSEL : media.get(0).type();
        return new PostDraft(platform, p.id(), p.permalink(), p.text(), type, Instant.parse(p.at()),
                new Metrics(p.likes(), p.comments(), p.shares(), p.views()), CaptionEntities.NONE, false, false,
                null, null, IngestSource.POLL, media);
    }

    /** JSON of one post with an image, {@code likes} likes and 1 comment. */
    public static String post(String id, String text, Instant at, long likes) {
        return post(id, text, at, likes, "https://cdn.example/" + id + ".jpg?sig=1");
    }

    /** JSON of one post with one image at {@code imageUrl} ({@code null} for a text post). */
    public static String post(String id, String text, Instant at, long likes, String imageUrl) {
        String media = imageUrl == null ? "[]" : "[{\"type\":\"IMAGE\",\"url\":\"" + imageUrl + "\"}]";
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"at\":\"" + at + "\",\"permalink\":"
                + "\"https://example.com/p/" + id + "\",\"likes\":" + likes + ",\"comments\":1,\"media\":" + media + "}";
    }

    /** JSON of one page; {@code next} {@code null} on the last page. */
    public static String page(String next, String... posts) {
        return "{\"posts\":[" + String.join(",", posts) + "]" + (next == null ? "" : ",\"next\":\"" + next + "\"")
                + "}";
    }

    /** JSON of a metrics answer: pairs of id and likes. */
    public static String metrics(Object... idAndLikes) {
        StringBuilder out = new StringBuilder("{\"metrics\":[");
        for (int i = 0; i < idAndLikes.length; i += 2) {
            out.append(i == 0 ? "" : ",").append("{\"id\":\"").append(idAndLikes[i]).append("\",\"likes\":")
                    .append(idAndLikes[i + 1]).append(",\"comments\":1}");
        }
        return out.append("]}").toString();
    }
}
