package app.backline.platform.youtube;

import app.backline.domain.Platform;
import app.backline.platform.ApiConnection;
import app.backline.platform.ApiHttp;
import app.backline.platform.ApiResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * YouTube GETs through {@link ApiHttp} (1 quota unit each) with entity tags: the request carries
 * {@code If-None-Match} when an earlier answer to the same URL for the same account is cached, and a
 * {@code 304 Not Modified} is answered from the cache. The tag is the {@code ETag} header, else the body's
 * top-level {@code etag} (every list response has one).
 */
final class ConditionalGets {

    private static final int COST = 1;

    private final ApiHttp http;
    private final YouTubeErrors errors;
    private final ETagCache cache;

    ConditionalGets(ApiHttp http, YouTubeErrors errors, ETagCache cache) {
        this.http = http;
        this.errors = errors;
        this.cache = cache;
    }

    /** @throws app.backline.platform.ApiException as {@link ApiHttp#send} and {@link YouTubeErrors} map it */
    <T> T get(ApiConnection connection, HttpUrl url, Class<T> type) {
        String key = url.toString();
        ETagCache.Entry cached = cache.get(connection.accountId(), key);
        Request.Builder request = new Request.Builder().url(url)
                .header("Authorization", "Bearer " + connection.accessToken().reveal());
        if (cached != null) {
            request.header("If-None-Match", cached.etag());
        }
        ApiResponse response = http.send(connection, request.build(), COST, errors);
        if (response.status() == 304 && cached != null) {
            response = new ApiResponse(200, response.headers(), cached.body());
        } else {
            String etag = etag(response);
            if (etag != null) {
                cache.put(connection.accountId(), key, new ETagCache.Entry(etag, response.body()));
            }
        }
        return http.parse(Platform.YOUTUBE, response, type);
    }

    private String etag(ApiResponse response) {
        String header = response.header("ETag");
        if (header != null && !header.isBlank()) {
            return header;
        }
        try {
            JsonNode body = http.json().readTree(response.body());
            return body != null && body.path("etag").isTextual() ? body.path("etag").asText() : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
