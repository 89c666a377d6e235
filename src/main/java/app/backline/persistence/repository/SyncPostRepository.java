package app.backline.persistence.repository;

import app.backline.domain.Metrics;
import app.backline.domain.PostDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes of live sync: pages of posts, metrics refreshes, and the metrics history they leave. */
public interface SyncPostRepository {

    /**
     * Writes one page of a live account's posts in one journalled transaction, made durable before it returns:
     * upsert by (platform, external post id); archive rows of the same artist and platform are matched first
     * and taken over (Instagram by posting second, LinkedIn by share URN or permalink; X and YouTube share the
     * id already). Posts due on the ladder get a metrics snapshot. A crash mid-write leaves nothing of the page.
     *
     * @throws AccountGoneException when the account was removed meanwhile
     */
    IngestResult writePage(long accountId, List<PostDraft> drafts, MetricsLadder ladder, Instant now);

    /** External ids of the account's posts whose metrics are due on the ladder, newest first, at most {@code limit}. */
    List<String> dueForRefresh(long accountId, MetricsLadder ladder, Instant now, int limit);

    /**
     * Applies fresh counts: each post in {@code fresh} gets them and a snapshot; every post {@code asked} for
     * is marked refreshed, so one the platform no longer returns is not asked again at once.
     *
     * @return posts whose counts changed
     */
    int applyMetrics(long accountId, List<String> asked, Map<String, Metrics> fresh, Instant now);

    /** A post's metrics history, oldest first. */
    List<MetricsPoint> history(long postId);
}
