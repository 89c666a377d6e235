package app.backline.platform;

/**
 * Counts the HTTP requests of one sync run and spends the platform's request budget before each one.
 * Thread-safe.
 */
public interface RequestMeter {

    /**
     * Called by {@link ApiHttp} before every request, retries included.
     *
     * @param cost budget units the request costs (1 for most platforms; YouTube's quota units)
     * @throws RateLimitedException when the budget is spent; {@code retryAfter} says when it refills
     */
    void beforeRequest(int cost);

    /** Requests made so far through this meter. */
    int requests();

    /** A meter with no budget that only counts. */
    static RequestMeter unmetered() {
        return new CountingMeter();
    }
}
