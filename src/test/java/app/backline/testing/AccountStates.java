package app.backline.testing;

import app.backline.domain.Account;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.sync.AccountSyncState;
import java.time.Instant;

/** Builds the {@link AccountSyncState}s a sync engine would publish, for UI tests and previews. */
public final class AccountStates {

    private final long id;
    private final long artistId;
    private final String artistName;
    private final Platform platform;
    private final String handle;
    private ConnectionType type = ConnectionType.MANUAL;
    private ConnectionState state = ConnectionState.READY;
    private String userId;
    private Instant lastSyncedAt;
    private String lastError;
    private Instant nextSyncAt;
    private boolean paused;
    private boolean running;
    private String activity;
    private String note;
    private String tokenHint = "…k3Qz";

    private AccountStates(long id, long artistId, String artistName, Platform platform, String handle) {
        this.id = id;
        this.artistId = artistId;
        this.artistName = artistName;
        this.platform = platform;
        this.handle = handle;
    }

    public static AccountStates account(long id, long artistId, String artistName, Platform platform,
                                        String handle) {
        return new AccountStates(id, artistId, artistName, platform, handle);
    }

    public AccountStates state(ConnectionState value) {
        state = value;
        return this;
    }

    public AccountStates userId(String value) {
        userId = value;
        return this;
    }

    public AccountStates synced(Instant at) {
        lastSyncedAt = at;
        return this;
    }

    public AccountStates next(Instant at) {
        nextSyncAt = at;
        return this;
    }

    public AccountStates error(String plainWords) {
        lastError = plainWords;
        return this;
    }

    public AccountStates paused() {
        paused = true;
        nextSyncAt = null;
        return this;
    }

    /** SYNCING with a run in progress doing {@code what}. */
    public AccountStates running(String what) {
        state = ConnectionState.SYNCING;
        running = true;
        activity = what;
        return this;
    }

    public AccountStates note(String value) {
        note = value;
        return this;
    }

    public AccountStates token(String hint) {
        tokenHint = hint;
        return this;
    }

    /** An archive-only account: no token, no schedule. */
    public AccountStates imported(Instant at) {
        type = ConnectionType.IMPORT;
        state = ConnectionState.READY;
        lastSyncedAt = at;
        nextSyncAt = null;
        tokenHint = null;
        return this;
    }

    public AccountSyncState build() {
        Account account = new Account(id, artistId, platform, userId, handle, null, type, state, lastSyncedAt,
                lastError);
        return new AccountSyncState(account, artistName, nextSyncAt, paused, running, activity, note, tokenHint);
    }
}
