package app.backline.platform;

import app.backline.domain.Metrics;

/** Fresh counts of one post, by the platform's post id. */
public record MetricsUpdate(String externalPostId, Metrics metrics) {
}
