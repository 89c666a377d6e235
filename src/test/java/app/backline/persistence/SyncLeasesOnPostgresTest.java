package app.backline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.backline.domain.ConnectionState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SyncLeasesTest}'s suite on a team's PostgreSQL server, plus what only a server can show: two machines
 * (two stores on one schema) claiming the same accounts at the same time. Skipped with a message when no
 * PostgreSQL server answers.
 */
class SyncLeasesOnPostgresTest extends SyncLeasesTest {

    @RegisterExtension
    final PostgresTwin pg = new PostgresTwin();

    @Override
    Database openStore() {
        return pg.open();
    }

    @Test
    void twoMachinesClaimingTheSameAccountsAtOnceGetEachAccountExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(account(db, "acct" + i));
        }
        Map<Long, ConnectionState> before = new ConcurrentHashMap<>();
        ids.forEach(id -> before.put(id, state(db, id)));
        try (Database second = Database.openServer(pg.url(), pg.user(), pg.password(), Clock.systemUTC())) {
            Map<Long, String> winners = new ConcurrentHashMap<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<Integer>> claims = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Database machine = t % 2 == 0 ? db : second;
                String holder = (t % 2 == 0 ? "machine-a" : "machine-b") + "/thread-" + t;
                claims.add(threads.submit(() -> {
                    start.await();
                    int won = 0;
                    for (long id : ids) {
                        if (machine.syncLeases().claim(id, before.get(id), holder, T0, LEASE)) {
                            assertThat(winners.putIfAbsent(id, holder)).as("account " + id).isNull();
                            won++;
                        }
                    }
                    return won;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> claim : claims) {
                total += claim.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();

            assertThat(total).isEqualTo(ids.size());
            assertThat(winners).hasSize(ids.size());
            for (long id : ids) {
                assertThat(second.syncLeases().holder(id)).isEqualTo(winners.get(id));
            }
        }
    }

    @Test
    void aDeadMachinesAccountIsTakenOverByAnotherOnceItsLeaseLapses() {
        long id = account(db, "mila");
        ConnectionState before = state(db, id);
        db.syncLeases().claim(id, before, "machine-a", T0, LEASE); // machine A then dies: no renewal
        try (Database second = Database.openServer(pg.url(), pg.user(), pg.password(), Clock.systemUTC())) {
            assertThat(second.syncLeases().claim(id, before, "machine-b", T0.plusSeconds(60), LEASE)).isFalse();

            assertThat(second.syncLeases().releaseLapsed(T0.plus(LEASE).plusSeconds(1))).isEqualTo(1);
            assertThat(second.syncLeases().claim(id, before, "machine-b", T0.plus(LEASE).plusSeconds(1), LEASE))
                    .isTrue();
        }
        assertThat(db.syncLeases().holder(id)).isEqualTo("machine-b");
        assertThat(db.syncLeases().renew(id, "machine-a", T0.plus(LEASE.multipliedBy(2)))).isFalse();
    }
}
