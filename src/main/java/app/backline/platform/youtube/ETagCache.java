package app.backline.platform.youtube;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last answer to each GET, by account and URL, so that the next identical request can send
 * {@code If-None-Match} and reuse the body on {@code 304 Not Modified}. Keyed by account because the
 * same URL ({@code channels?mine=true}) answers differently per token. Least recently used entries go
 * first once {@code capacity} is reached. Thread-safe.
 *
 * <p>Quota: platform-apis.md §4.5 notes that every request costs at least one unit and that the cost of a
 * 304 is unconfirmed, so Backline counts a 304 as a full unit; the cache saves transfer and parsing, not
 * (as far as the documentation says) quota.
 */
final class ETagCache {

    /** A cached answer: the entity tag to send back and the body it stands for. */
    record Entry(String etag, String body) {
    }

    private final Map<String, Entry> entries;

    ETagCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(long accountId, String url) {
        return entries.get(key(accountId, url));
    }

    synchronized void put(long accountId, String url, Entry entry) {
        entries.put(key(accountId, url), entry);
    }

    synchronized int size() {
        return entries.size();
    }

    private static String key(long accountId, String url) {
        return accountId + " " + url;
    }
}
