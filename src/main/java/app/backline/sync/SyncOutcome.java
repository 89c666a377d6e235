package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;

/** How one account's run in {@code sync --once} ended: one CLI line. */
public record SyncOutcome(long accountId, String artistName, Platform platform, String handle,
                          ConnectionState state, int added, int updated, int requests, String error) {
}
