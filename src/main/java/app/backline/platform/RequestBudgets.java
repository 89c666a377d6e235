package app.backline.platform;

import app.backline.domain.Platform;

/**
 * Per-platform request budgets (defaults from platform-apis.md, configurable), including quotas shared by
 * every account of the label's app such as YouTube's 10,000 units a day. Thread-safe.
 */
public interface RequestBudgets {

    /** A fresh meter for one sync run of one account; it refuses requests the budget cannot afford. */
    RequestMeter meter(long accountId, Platform platform);

    /**
     * How often each of {@code activeAccounts} accounts of the platform may poll so that the shared budget
     * lasts the day, given the units one no-change poll costs.
     */
    PollPace pace(Platform platform, int activeAccounts, int unitsPerPoll);
}
