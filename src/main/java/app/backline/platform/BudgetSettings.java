package app.backline.platform;

import app.backline.domain.Platform;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Request budgets per platform for {@link DefaultRequestBudgets}. The defaults, from
 * {@code docs/platform-apis.md} (section in brackets):
 * <ul>
 *   <li><b>Instagram</b>: 200 requests per hour per account [§2.7: the legacy documented 200 calls per user
 *       per hour; today's Business Use Case limit per account is unpublished and reported through the
 *       usage headers, which stay the real signal]; no shared limit (Graph's app limit grows as
 *       200 × users per hour).</li>
 *   <li><b>TikTok</b>: 600 requests per minute for the whole app [§3.3: 600 per 1-minute sliding window per
 *       endpoint, per app; counting all endpoints together is the safe side]; no per-account limit.</li>
 *   <li><b>YouTube</b>: 10,000 quota units a day for the whole app, refilled at midnight Pacific time
 *       [§4.4: default quota per Google Cloud project, shared by every Backline install of the label];
 *       no per-account limit.</li>
 *   <li><b>X</b>: 900 requests per 15 min per account and 10,000 per 15 min for the app [§5.4:
 *       {@code GET /2/users/:id/tweets} per user and per app; every endpoint is counted against them, which
 *       is stricter than X's per-endpoint windows].</li>
 *   <li><b>LinkedIn</b>: 500 requests a day per account and 5,000 a day for the app, refilled at midnight
 *       UTC [§6.6: per-member and per-app daily limits exist, reset 00:00 UTC, but the numbers are
 *       unpublished; these are conservative guesses to replace with the app's figures from the Developer
 *       Portal's Analytics tab].</li>
 * </ul>
 *
 * @param platforms          the budget of each platform; a platform left out has none
 * @param paceNoteThreshold  {@link RequestBudgets#pace} adds a note for the UI only when the budget asks
 *                           for polls at least this far apart (default 5 min, the engine's default poll
 *                           interval: a faster pace slows nothing down)
 */
public record BudgetSettings(Map<Platform, PlatformBudget> platforms, Duration paceNoteThreshold) {

    /** Pacific time, where YouTube's daily quota is reset. */
    public static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    public BudgetSettings {
        platforms = Map.copyOf(platforms);
        Objects.requireNonNull(paceNoteThreshold, "paceNoteThreshold");
    }

    public static BudgetSettings defaults() {
        Map<Platform, PlatformBudget> budgets = new EnumMap<>(Platform.class);
        budgets.put(Platform.INSTAGRAM, new PlatformBudget(BudgetLimit.rolling(200, Duration.ofHours(1)), null));
        budgets.put(Platform.TIKTOK, new PlatformBudget(null, BudgetLimit.rolling(600, Duration.ofMinutes(1))));
        budgets.put(Platform.YOUTUBE, new PlatformBudget(null, BudgetLimit.daily(10_000, PACIFIC)));
        budgets.put(Platform.X, new PlatformBudget(BudgetLimit.rolling(900, Duration.ofMinutes(15)),
                BudgetLimit.rolling(10_000, Duration.ofMinutes(15))));
        budgets.put(Platform.LINKEDIN, new PlatformBudget(BudgetLimit.daily(500, ZoneOffset.UTC),
                BudgetLimit.daily(5_000, ZoneOffset.UTC)));
        return new BudgetSettings(budgets, Duration.ofMinutes(5));
    }

    /** These settings with {@code platform}'s budget replaced. */
    public BudgetSettings with(Platform platform, PlatformBudget budget) {
        Map<Platform, PlatformBudget> changed = new EnumMap<>(Platform.class);
        changed.putAll(platforms);
        changed.put(platform, budget);
        return new BudgetSettings(changed, paceNoteThreshold);
    }

    public PlatformBudget budget(Platform platform) {
        return platforms.getOrDefault(platform, PlatformBudget.UNLIMITED);
    }
}
