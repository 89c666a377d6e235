package app.backline.platform;

import java.time.Duration;

/**
 * The slowest a platform's accounts must poll to stay within its budget.
 *
 * @param minimumInterval shortest allowed gap between two polls of one account
 * @param note            plain words for the UI when the budget slows polling
 *                        ("YouTube quota: polling every 24 min to last the day"), else {@code null}
 */
public record PollPace(Duration minimumInterval, String note) {
}
