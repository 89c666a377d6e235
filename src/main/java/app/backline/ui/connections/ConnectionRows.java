package app.backline.ui.connections;

import app.backline.accounts.AccountListing;
import app.backline.domain.Account;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.sync.AccountSyncState;
import app.backline.ui.common.AccountNames;
import app.backline.ui.common.RelativeTime;
import app.backline.ui.fx.Messages;
import java.time.Instant;

/** Turns an account's sync state into the texts of its row, relative to a given moment. */
final class ConnectionRows {

    private final Messages messages;
    private final RelativeTime times;

    ConnectionRows(Messages messages, RelativeTime times) {
        this.messages = messages;
        this.times = times;
    }

    /** The state of a listed account the engine has not reported yet: as stored, idle, nothing scheduled. */
    static AccountSyncState idle(AccountListing listing) {
        return new AccountSyncState(listing.account(), listing.artistName(), null, false, false, null, null,
                listing.tokenHint());
    }

    ConnectionRow row(AccountSyncState s, Instant now) {
        Account account = s.account();
        boolean archiveOnly = account.connectionType() == ConnectionType.IMPORT;
        ConnectionState state = s.running() ? ConnectionState.SYNCING : account.state();
        boolean failing = state == ConnectionState.ERROR || state == ConnectionState.DISCONNECTED;
        return new ConnectionRow(account.id(), account.platform(), displayName(account), state, archiveOnly,
                s.running(), s.paused(),
                archiveOnly ? messages.text("connections.archiveOnly") : messages.text("connections.state." + state),
                s.running() ? orDefault(s.activity(), messages.text("connections.activity.default")) : "",
                lastSynced(account, archiveOnly, now),
                archiveOnly || s.running() ? "" : nextSync(s, state, now),
                failing && !archiveOnly ? orDefault(account.lastError(), "") : "",
                state == ConnectionState.DISCONNECTED && !archiveOnly ? reconnectHint(account) : "",
                orDefault(s.note(), ""),
                s.tokenHint() == null ? "" : messages.format("connections.token", s.tokenHint()));
    }

    /** "@mila" for platforms with handles; LinkedIn names have no "@". */
    static String displayName(Account account) {
        return AccountNames.of(account.platform(), account.handle(), account.externalUserId() != null
                ? account.externalUserId() : account.platform().displayName());
    }

    private String lastSynced(Account account, boolean archiveOnly, Instant now) {
        if (account.lastSyncedAt() == null) {
            return archiveOnly ? "" : messages.text("connections.neverSynced");
        }
        return messages.format(archiveOnly ? "connections.lastImported" : "connections.lastSynced",
                times.ago(account.lastSyncedAt(), now));
    }

    private String nextSync(AccountSyncState s, ConnectionState state, Instant now) {
        if (state == ConnectionState.DISCONNECTED) {
            return "";
        }
        if (s.paused()) {
            return messages.text("connections.paused");
        }
        return s.nextSyncAt() == null ? "" : messages.format("connections.nextSync", times.until(s.nextSyncAt(), now));
    }

    private String reconnectHint(Account account) {
        return messages.format("connections.reconnect", displayName(account), account.platform().displayName());
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
