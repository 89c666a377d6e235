package app.backline.platform.linkedin;

import app.backline.domain.Platform;
import app.backline.platform.ApiBases;
import app.backline.platform.ApiConnection;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds LinkedIn requests with the headers every versioned call needs (platform-apis.md §6.2):
 * {@code Authorization: Bearer …}, {@code LinkedIn-Version: YYYYMM} and {@code X-Restli-Protocol-Version: 2.0.0}.
 * URNs in paths and queries are percent-encoded; Rest.li's own {@code List(…)} syntax is not.
 */
final class LinkedInRequests {

    static final String HOST = "https://api.linkedin.com";
    static final String RESTLI_PROTOCOL = "2.0.0";

    private final ApiBases bases;
    private final String version;

    LinkedInRequests(ApiBases bases, String version) {
        this.bases = bases;
        this.version = version;
    }

    /** @param encodedPath the real path, URNs in it already {@link #encode encoded} */
    HttpUrl.Builder url(String encodedPath) {
        return bases.url(Platform.LINKEDIN, HOST, encodedPath);
    }

    Request get(ApiConnection connection, HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + connection.accessToken().reveal())
                .header("LinkedIn-Version", version)
                .header("X-Restli-Protocol-Version", RESTLI_PROTOCOL)
                .get().build();
    }

    /** {@code urn:li:share:1} → {@code urn%3Ali%3Ashare%3A1}. */
    static String encode(String urn) {
        return URLEncoder.encode(urn, StandardCharsets.UTF_8);
    }

    /** Rest.li 2.0 list: {@code List(urn%3Ali%3Ashare%3A1,urn%3Ali%3Ashare%3A2)}. */
    static String list(List<String> urns) {
        return urns.stream().map(LinkedInRequests::encode).collect(Collectors.joining(",", "List(", ")"));
    }
}
