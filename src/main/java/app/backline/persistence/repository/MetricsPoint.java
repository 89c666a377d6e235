package app.backline.persistence.repository;

import app.backline.domain.Metrics;
import java.time.Instant;

/** One metrics snapshot of a post: its counts at {@code takenAt} (UTC). */
public record MetricsPoint(Instant takenAt, Metrics metrics) {
}
