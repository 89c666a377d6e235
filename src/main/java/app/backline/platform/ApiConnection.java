package app.backline.platform;

import app.backline.domain.Platform;

import java.util.Objects;

/**
 * Who a call is made for: the account's platform user id and its access token, plus the meter that
 * counts requests and spends the platform's request budget for this sync run.
 *
 * @param accountId      Backline's account id (for the budget and for logs; never sent)
 * @param externalUserId the platform's user id, e.g. the IG user id, X user id, YouTube channel id,
 *                       LinkedIn person/organization URN; may be {@code null} before {@link PlatformClient#profile}
 * @param variant        platform-specific host choice, e.g. {@code "facebook"} for Instagram accounts
 *                       connected through Facebook Login ({@code graph.facebook.com}); {@code null} = default
 */
public record ApiConnection(long accountId, Platform platform, String externalUserId, String handle,
                            AccessToken accessToken, String variant, RequestMeter meter) {

    public ApiConnection {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(accessToken, "accessToken");
        meter = meter == null ? RequestMeter.unmetered() : meter;
    }
}
