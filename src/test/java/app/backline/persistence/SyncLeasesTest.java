package app.backline.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.SealedTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Claiming, renewing and releasing sync leases on one store (the twin suite runs them on PostgreSQL). */
class SyncLeasesTest extends StoreSuite {

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);


    static long account(Database db, String handle) {
        return db.syncAccounts().createLive(new NewLiveAccount(ArtistRef.byName("Mila"), Platform.X,
                ConnectionType.MANUAL, handle, handle, null, null, "…wxyz", null),
                id -> new SealedTokens("v1:x", null)).id();
    }

    static ConnectionState state(Database db, long accountId) {
        return db.syncAccounts().find(accountId).orElseThrow().state();
    }

    @Test
    void aClaimMovesTheAccountToSyncingForItsHolderOnly() {
        long id = account(db, "mila");
        ConnectionState before = state(db, id);

        assertThat(db.syncLeases().claim(id, before, "machine-a", T0, LEASE)).isTrue();
        assertThat(db.syncLeases().claim(id, before, "machine-b", T0, LEASE)).isFalse();

        assertThat(state(db, id)).isEqualTo(ConnectionState.SYNCING);
        assertThat(db.syncLeases().holder(id)).isEqualTo("machine-a");
        assertThat(db.syncLeases().renew(id, "machine-b", T0.plus(LEASE))).isFalse();
        assertThat(db.syncLeases().renew(id, "machine-a", T0.plus(LEASE.multipliedBy(2)))).isTrue();
    }

    @Test
    void aLapsedLeaseIsReleasedToItsPreviousStateAndCanBeClaimedAgain() {
        long id = account(db, "mila");
        ConnectionState before = state(db, id);
        db.syncLeases().claim(id, before, "machine-a", T0, LEASE);

        assertThat(db.syncLeases().releaseLapsed(T0.plus(LEASE).minusSeconds(1))).isZero(); // still running
        assertThat(db.syncLeases().releaseLapsed(T0.plus(LEASE).plusSeconds(1))).isEqualTo(1);

        assertThat(state(db, id)).isEqualTo(before);
        assertThat(db.syncLeases().holder(id)).isNull();
        assertThat(db.syncLeases().renew(id, "machine-a", T0.plus(LEASE.multipliedBy(2)))).isFalse();
        assertThat(db.syncLeases().claim(id, before, "machine-b", T0.plus(LEASE).plusSeconds(2), LEASE)).isTrue();
    }

    @Test
    void aRenewedLeaseIsNotReleased() {
        long id = account(db, "mila");
        db.syncLeases().claim(id, state(db, id), "machine-a", T0, LEASE);
        db.syncLeases().renew(id, "machine-a", T0.plus(LEASE.multipliedBy(3)));

        assertThat(db.syncLeases().releaseLapsed(T0.plus(LEASE.multipliedBy(2)))).isZero();
        assertThat(db.syncLeases().holder(id)).isEqualTo("machine-a");
    }

    @Test
    void noOneClaimsFromSyncing() {
        long id = account(db, "mila");

        assertThatThrownBy(() -> db.syncLeases().claim(id, ConnectionState.SYNCING, "machine-a", T0, LEASE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
