package app.backline.sync;

import app.backline.domain.ConnectionState;
import app.backline.domain.SyncMode;
import app.backline.persistence.repository.SyncAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/** {@code sync --once}: one MANUAL run per account, up to the pool size at once, outcomes in account order. */
final class OnceCycle {

    private final int poolSize;
    private final BiFunction<Long, SyncMode, Optional<SyncJob.Result>> runner;

    OnceCycle(int poolSize, BiFunction<Long, SyncMode, Optional<SyncJob.Result>> runner) {
        this.poolSize = poolSize;
        this.runner = runner;
    }

    List<SyncOutcome> run(List<SyncAccount> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(poolSize, accounts.size()));
        try {
            List<Future<Optional<SyncJob.Result>>> futures = new ArrayList<>();
            for (SyncAccount a : accounts) {
                futures.add(a.state() == ConnectionState.DISCONNECTED ? null
                        : pool.submit(() -> runner.apply(a.id(), SyncMode.MANUAL)));
            }
            List<SyncOutcome> out = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                out.add(outcome(accounts.get(i), futures.get(i)));
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static SyncOutcome outcome(SyncAccount a, Future<Optional<SyncJob.Result>> future) {
        if (future == null) {
            return notRun(a, a.account().lastError());
        }
        try {
            return future.get().map(SyncJob.Result::outcome).orElseGet(() -> notRun(a, "Removed during the sync"));
        } catch (ExecutionException e) {
            return notRun(a, "The sync failed unexpectedly: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notRun(a, "Interrupted");
        }
    }

    private static SyncOutcome notRun(SyncAccount a, String error) {
        return new SyncOutcome(a.id(), a.artistName(), a.account().platform(), a.account().handle(), a.state(),
                0, 0, 0, error);
    }
}
