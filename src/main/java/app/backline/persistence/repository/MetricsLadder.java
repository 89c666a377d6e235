package app.backline.persistence.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How often a post's metrics are refreshed, by the post's age: e.g. hourly in its first day, daily in its
 * first month, never after. Each refresh appends a metrics snapshot.
 *
 * @param steps ordered by {@code maxAge}; a post older than the last step's {@code maxAge} is not refreshed
 */
public record MetricsLadder(List<Step> steps) {

    /**
     * @param maxAge   posts younger than this (posting time to now) use this step
     * @param interval shortest gap between two snapshots of such a post
     */
    public record Step(Duration maxAge, Duration interval) {
    }

    public MetricsLadder {
        steps = steps.stream().sorted(Comparator.comparing(Step::maxAge)).toList();
    }

    /** Hourly for posts under a day old, daily under 30 days. */
    public static MetricsLadder standard() {
        return new MetricsLadder(List.of(new Step(Duration.ofDays(1), Duration.ofHours(1)),
                new Step(Duration.ofDays(30), Duration.ofDays(1))));
    }

    /** The refresh interval for a post of that age, empty when it is past the ladder. */
    public Optional<Duration> interval(Instant postedAt, Instant now) {
        Duration age = Duration.between(postedAt, now);
        return steps.stream().filter(s -> age.compareTo(s.maxAge()) < 0).map(Step::interval).findFirst();
    }

    /** Whether a post posted at {@code postedAt} and last snapshotted at {@code refreshedAt} (or never) is due. */
    public boolean due(Instant postedAt, Instant refreshedAt, Instant now) {
        Optional<Duration> interval = interval(postedAt, now);
        return interval.isPresent() && (refreshedAt == null || !refreshedAt.plus(interval.get()).isAfter(now));
    }
}
