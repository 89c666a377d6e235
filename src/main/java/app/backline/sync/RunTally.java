package app.backline.sync;

import app.backline.platform.RequestMeter;

/** What one sync run did so far; kept when the run fails part-way, so the record shows it. One run's thread only. */
final class RunTally {

    private final RequestMeter meter;
    private int added;
    private int updated;

    RunTally(RequestMeter meter) {
        this.meter = meter;
    }

    RequestMeter meter() {
        return meter;
    }

    void add(int newPosts, int updatedPosts) {
        added += newPosts;
        updated += updatedPosts;
    }

    int added() {
        return added;
    }

    int updated() {
        return updated;
    }

    /** HTTP requests made, retries included, from the run's meter. */
    int requests() {
        return meter.requests();
    }
}
