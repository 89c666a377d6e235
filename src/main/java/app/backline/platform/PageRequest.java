package app.backline.platform;

import java.time.Instant;

/**
 * Which page of an account's posts to fetch.
 *
 * @param cursor    the previous page's {@link PostPage#nextCursor()}, {@code null} for the first page
 * @param notBefore oldest posting time the caller wants (UTC); a hint clients pass on where the API
 *                  filters by time (X {@code start_time}), otherwise the engine stops paging by itself
 * @param sinceId   newest post id already stored, for APIs that page by id (X {@code since_id}); may be {@code null}
 * @param pageSize  posts per page the caller would like; clients clamp it to the platform's maximum
 */
public record PageRequest(String cursor, Instant notBefore, String sinceId, int pageSize) {

    /** First page, default size. */
    public static PageRequest first(Instant notBefore, String sinceId) {
        return new PageRequest(null, notBefore, sinceId, 100);
    }

    /** The page after {@code page}, same filters. */
    public PageRequest next(PostPage page) {
        return new PageRequest(page.nextCursor(), notBefore, sinceId, pageSize);
    }
}
