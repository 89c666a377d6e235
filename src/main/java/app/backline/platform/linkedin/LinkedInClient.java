package app.backline.platform.linkedin;

import app.backline.domain.Platform;
import app.backline.domain.PostDraft;
import app.backline.platform.AccountProfile;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.PageRequest;
import app.backline.platform.PermissionMissingException;
import app.backline.platform.PlatformClient;
import app.backline.platform.PostPage;
import app.backline.platform.linkedin.LinkedInDtos.OrganizationDto;
import app.backline.platform.linkedin.LinkedInDtos.PagingDto;
import app.backline.platform.linkedin.LinkedInDtos.PostDto;
import app.backline.platform.linkedin.LinkedInDtos.PostsPageDto;
import app.backline.platform.linkedin.LinkedInDtos.UserInfoDto;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.Optional;

/**
 * LinkedIn's versioned REST API on {@code api.linkedin.com} (platform-apis.md §6), for a member
 * ({@code urn:li:person:…}) or a Company Page ({@code urn:li:organization:…}) as the account's external user id:
 * <ul>
 *   <li>{@link #profile}: {@code GET /rest/organizations/{id}} for pages, OpenID {@code GET /v2/userinfo} for members</li>
 *   <li>{@link #posts}: {@code GET /rest/posts?q=author&author={urn}&count=N&start=M&sortBy=CREATED}; the cursor is
 *       the next {@code start} offset; the last page is short or reaches {@code paging.total}. Sorted by creation so
 *       pages come newest first as {@link PlatformClient#posts} promises (LAST_MODIFIED would move edited old posts up).</li>
 *   <li>{@link #metrics}: see {@link LinkedInMetricsReader}</li>
 * </ul>
 */
public final class LinkedInClient implements PlatformClient {

    /** The monthly API version sent as {@code LinkedIn-Version}; versions are sunset after about a year. */
    public static final String DEFAULT_VERSION = "202604";
    static final String ORGANIZATION = "urn:li:organization:";
    static final int MAX_COUNT = 100;
    private static final int METRICS_BATCH = 20;

    private final ApiHttp http;
    private final LinkedInRequests requests;
    private final LinkedInErrors errors;
    private final LinkedInMapper mapper = new LinkedInMapper();
    private final LinkedInMetricsReader metricsReader;

    public LinkedInClient(ApiHttp http, ApiBases bases) {
        this(http, bases, DEFAULT_VERSION);
    }

    /** @param linkedInVersion {@code YYYYMM}, e.g. {@code "202604"} */
    public LinkedInClient(ApiHttp http, ApiBases bases, String linkedInVersion) {
        if (linkedInVersion == null || !linkedInVersion.matches("\\d{6}(\\.\\d{2})?")) {
            throw new IllegalArgumentException("LinkedIn-Version must look like 202604, not " + linkedInVersion);
        }
        this.http = http;
        this.requests = new LinkedInRequests(bases, linkedInVersion);
        this.errors = new LinkedInErrors(http);
        this.metricsReader = new LinkedInMetricsReader(http, requests, errors, mapper);
    }

    @Override
    public Platform platform() {
        return Platform.LINKEDIN;
    }

    @Override
    public AccountProfile profile(ApiConnection connection) {
        String urn = connection.externalUserId();
        if (urn != null && urn.startsWith(ORGANIZATION)) {
            String id = urn.substring(ORGANIZATION.length());
            HttpUrl url = requests.url("/rest/organizations/" + LinkedInRequests.encode(id)).build();
            return mapper.organization(http.send(connection, requests.get(connection, url), 1, errors,
                    OrganizationDto.class), urn);
        }
        HttpUrl url = requests.url("/v2/userinfo").build();
        return mapper.member(http.send(connection, requests.get(connection, url), 1, errors, UserInfoDto.class));
    }

    @Override
    public PostPage posts(ApiConnection connection, PageRequest request) {
        int count = Math.max(1, Math.min(request.pageSize(), MAX_COUNT));
        int start = start(request.cursor());
        HttpUrl url = requests.url("/rest/posts")
                .addQueryParameter("q", "author")
                .addEncodedQueryParameter("author", LinkedInRequests.encode(author(connection)))
                .addQueryParameter("count", Integer.toString(count))
                .addQueryParameter("start", Integer.toString(start))
                .addQueryParameter("sortBy", "CREATED").build();
        PostsPageDto page = http.send(connection, requests.get(connection, url), 1, errors, PostsPageDto.class);
        List<PostDto> elements = page.elements() == null ? List.of() : page.elements();
        List<PostDraft> drafts = elements.stream().map(mapper::post).flatMap(Optional::stream).toList();
        return new PostPage(drafts, nextCursor(page.paging(), start, count, elements.size()));
    }

    @Override
    public List<MetricsUpdate> metrics(ApiConnection connection, List<String> externalPostIds) {
        if (externalPostIds.isEmpty()) {
            return List.of();
        }
        String author = author(connection);
        return author.startsWith(ORGANIZATION)
                ? metricsReader.organization(connection, author, externalPostIds)
                : metricsReader.member(connection, externalPostIds);
    }

    @Override
    public int metricsBatchSize() {
        return METRICS_BATCH;
    }

    /** The next {@code start}, or none when this page was short or reached {@code total}. */
    private static String nextCursor(PagingDto paging, int start, int count, int returned) {
        int next = start + count;
        boolean pastTotal = paging != null && paging.total() != null && next >= paging.total();
        return returned < count || pastTotal ? null : Integer.toString(next);
    }

    /** Our own cursor back to an offset; text that is not one starts from the newest post. */
    private static int start(String cursor) {
        try {
            return cursor == null ? 0 : Math.max(0, Integer.parseInt(cursor.strip()));
        } catch (NumberFormatException notOurs) {
            return 0;
        }
    }

    private static String author(ApiConnection connection) {
        String urn = connection.externalUserId();
        if (urn == null || !urn.startsWith("urn:li:")) {
            throw new PermissionMissingException(Platform.LINKEDIN, "This LinkedIn account needs its member or "
                    + "organization URN (urn:li:person:… or urn:li:organization:…) as its user id");
        }
        return urn;
    }
}
