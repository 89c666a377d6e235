package app.backline.sync;

import app.backline.domain.Metrics;
import app.backline.platform.MetricsUpdate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refreshes the counts of the account's posts that are due on the metrics ladder, in batches of the
 * client's {@code metricsBatchSize()}, each batch written (with a snapshot per post) in its own transaction.
 * Posts a page of this run already brought are not due any more, so a quiet poll asks for nothing here.
 */
final class MetricsRefresh {

    private final RunContext run;

    MetricsRefresh(RunContext run) {
        this.run = run;
    }

    void run() {
        Instant now = run.clock().instant();
        List<String> due = run.store().posts().dueForRefresh(run.accountId(), run.settings().ladder(), now,
                run.settings().refreshLimit());
        int batch = Math.max(1, run.client().metricsBatchSize());
        for (int from = 0; from < due.size(); from += batch) {
            run.progress().checkCancelled();
            run.activity().accept("Refreshing metrics: " + from + " of " + due.size() + " posts");
            List<String> ids = due.subList(from, Math.min(due.size(), from + batch));
            Map<String, Metrics> fresh = new HashMap<>();
            for (MetricsUpdate u : run.client().metrics(run.connection(), ids)) {
                fresh.put(u.externalPostId(), u.metrics());
            }
            int changed = run.store().posts().applyMetrics(run.accountId(), ids, fresh, run.clock().instant());
            run.tally().add(0, changed);
        }
    }
}
