package app.backline.platform.linkedin;

import app.backline.domain.Metrics;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.MetricsUpdate;
import app.backline.platform.linkedin.LinkedInDtos.ShareStatisticsDto;
import app.backline.platform.linkedin.LinkedInDtos.ShareStatisticsPageDto;
import app.backline.platform.linkedin.LinkedInDtos.SocialActionsDto;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Current counts of LinkedIn posts (platform-apis.md §6.4–6.5).
 * <ul>
 *   <li>Organization authors: {@code GET /rest/organizationalEntityShareStatistics?q=organizationalEntity
 *       &organizationalEntity={org}&shares=List(…)} (and {@code ugcPosts=List(…)} for ugcPost URNs): likes,
 *       comments, reshares and impressions, one request per kind of URN.</li>
 *   <li>Members: {@code GET /rest/socialActions/{urn}} per post (likes and comments only), since member
 *       analytics need the product-gated {@code r_member_postAnalytics}.</li>
 * </ul>
 */
final class LinkedInMetricsReader {

    private final ApiHttp http;
    private final LinkedInRequests requests;
    private final LinkedInErrors errors;
    private final LinkedInMapper mapper;

    LinkedInMetricsReader(ApiHttp http, LinkedInRequests requests, LinkedInErrors errors, LinkedInMapper mapper) {
        this.http = http;
        this.requests = requests;
        this.errors = errors;
        this.mapper = mapper;
    }

    List<MetricsUpdate> organization(ApiConnection connection, String organization, List<String> postUrns) {
        List<MetricsUpdate> updates = new ArrayList<>();
        List<String> shares = postUrns.stream().filter(u -> !u.startsWith("urn:li:ugcPost:")).toList();
        List<String> ugcPosts = postUrns.stream().filter(u -> u.startsWith("urn:li:ugcPost:")).toList();
        if (!shares.isEmpty()) {
            updates.addAll(shareStatistics(connection, organization, "shares", shares));
        }
        if (!ugcPosts.isEmpty()) {
            updates.addAll(shareStatistics(connection, organization, "ugcPosts", ugcPosts));
        }
        return updates;
    }

    List<MetricsUpdate> member(ApiConnection connection, List<String> postUrns) {
        List<MetricsUpdate> updates = new ArrayList<>();
        for (String urn : postUrns) {
            HttpUrl url = requests.url("/rest/socialActions/" + LinkedInRequests.encode(urn)).build();
            SocialActionsDto actions = http.send(connection, requests.get(connection, url), 1, errors, SocialActionsDto.class);
            Long likes = actions.likesSummary() == null ? null : actions.likesSummary().totalLikes();
            Long comments = actions.commentsSummary() == null ? null : actions.commentsSummary().aggregatedTotalComments();
            updates.add(new MetricsUpdate(urn, new Metrics(likes, comments, null, null)));
        }
        return updates;
    }

    /** Elements naming a post we asked for; an organization-wide total (no share/ugcPost) is not a post's. */
    private List<MetricsUpdate> shareStatistics(ApiConnection connection, String organization, String parameter,
                                                List<String> urns) {
        HttpUrl url = requests.url("/rest/organizationalEntityShareStatistics")
                .addQueryParameter("q", "organizationalEntity")
                .addEncodedQueryParameter("organizationalEntity", LinkedInRequests.encode(organization))
                .addEncodedQueryParameter(parameter, LinkedInRequests.list(urns)).build();
        ShareStatisticsPageDto page = http.send(connection, requests.get(connection, url), 1, errors,
                ShareStatisticsPageDto.class);
        Set<String> asked = Set.copyOf(urns);
        List<MetricsUpdate> updates = new ArrayList<>();
        for (ShareStatisticsDto element : page.elements() == null ? List.<ShareStatisticsDto>of() : page.elements()) {
            String post = element.share() != null ? element.share() : element.ugcPost();
            if (post != null && asked.contains(post) && element.totalShareStatistics() != null) {
                updates.add(new MetricsUpdate(post, mapper.metrics(element.totalShareStatistics())));
            }
        }
        return updates;
    }
}
