package app.backline.persistence.entity;

import app.backline.domain.Account;
import app.backline.domain.AccountIdentity;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code social_account}. */
@Entity
@Table(name = "social_account")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "artist_id", nullable = false)
    private long artistId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", nullable = false, length = 16)
    private Platform platform;

    @Column(name = "external_user_id", length = 64)
    private String externalUserId;

    @Column(name = "handle", length = 120)
    private String handle;

    @Column(name = "profile_url", length = 500)
    private String profileUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_type", nullable = false, length = 16)
    private ConnectionType connectionType;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_state", nullable = false, length = 16)
    private ConnectionState connectionState;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LiveSyncColumns live = new LiveSyncColumns();

    protected AccountEntity() {
    }

    public static AccountEntity create(long artistId, AccountIdentity identity, ConnectionType type, Instant now) {
        AccountEntity e = new AccountEntity();
        e.artistId = artistId;
        e.platform = identity.platform();
        e.connectionType = type;
        e.connectionState = ConnectionState.PENDING;
        e.createdAt = now;
        e.fillUnknown(identity);
        return e;
    }

    /** A live connection in state PENDING, tokens still to be sealed (they need the row's id). */
    public static AccountEntity createLive(long artistId, AccountIdentity identity, ConnectionType type,
                                           String variant, String tokenHint, Integer backfillDays, Instant now) {
        AccountEntity e = create(artistId, identity, type, now);
        e.live.backfillDays = backfillDays;
        e.live.variant = variant;
        e.live.tokenHint = tokenHint;
        e.live.stateChangedAt = now;
        return e;
    }

    public void sealTokens(SealedTokens tokens) {
        live.accessTokenSealed = tokens.access();
        live.refreshTokenSealed = tokens.refresh();
    }

    public SealedTokens sealedTokens() {
        return new SealedTokens(live.accessTokenSealed, live.refreshTokenSealed);
    }

    /** Takes the identity's user id, handle and profile URL where this row does not know them yet. */
    public void fillUnknown(AccountIdentity identity) {
        externalUserId = externalUserId != null ? externalUserId : identity.externalUserId();
        handle = handle != null ? handle : identity.handle();
        profileUrl = profileUrl != null ? profileUrl : identity.profileUrl();
    }

    /** An import finished: the account's history is complete as of {@code at}. */
    public void markImported(Instant at) {
        connectionState = ConnectionState.READY;
        lastSyncedAt = at;
        lastError = null;
    }

    public Long id() {
        return id;
    }

    public String handle() {
        return handle;
    }

    public long artistId() {
        return artistId;
    }

    public Platform platform() {
        return platform;
    }

    public String externalUserId() {
        return externalUserId;
    }

    public String profileUrl() {
        return profileUrl;
    }

    public ConnectionType connectionType() {
        return connectionType;
    }

    /** The row with its sync columns, for the engine and the account lists. */
    public SyncAccount toSyncAccount(String artistName) {
        LiveSyncColumns c = live == null ? new LiveSyncColumns() : live;
        return new SyncAccount(toDomain(), artistName, c.tokenHint, c.tokenExpiresAt, c.variant, c.backfillDays,
                c.pollIntervalSeconds, c.paused, c.nextSyncAt, c.backfillCursor, c.backfillComplete, c.newestPostId,
                c.newestPostAt, c.consecutiveFailures, c.lastNoticeAt, c.stateChangedAt, c.previousState);
    }

    public Account toDomain() {
        return new Account(id, artistId, platform, externalUserId, handle, profileUrl, connectionType,
                connectionState, lastSyncedAt, lastError);
    }
}
