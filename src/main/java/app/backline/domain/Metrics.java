package app.backline.domain;

/**
 * Engagement counts of a post. A field is {@code null} where the platform does not say
 * (an Instagram archive has no counts at all; X has no view counts in archives).
 */
public record Metrics(Long likes, Long comments, Long shares, Long views) {

    public static final Metrics NONE = new Metrics(null, null, null, null);

    /** likes + comments + shares, counting unknown as 0. */
    public long engagement() {
        return orZero(likes) + orZero(comments) + orZero(shares);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
