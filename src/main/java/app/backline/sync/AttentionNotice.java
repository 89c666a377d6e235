package app.backline.sync;

import app.backline.domain.Platform;

import java.time.Instant;

/**
 * An account needs a person: it became DISCONNECTED, or failed three runs in a row. The engine sends at
 * most one per account per day; the UI shows it as a desktop notification.
 *
 * @param message plain words, e.g. "Instagram no longer accepts the access token: reconnect @mila"
 * @param at      UTC
 */
public record AttentionNotice(long accountId, String artistName, Platform platform, String handle, String message,
                              Instant at) {
}
