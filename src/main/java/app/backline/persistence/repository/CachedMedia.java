package app.backline.persistence.repository;

import java.time.Instant;

/**
 * One file of the media cache.
 *
 * @param urlKey     SHA-256 (hex) of the image's URL without query and fragment
 * @param localPath  {@code media/cache/ab/<urlKey>.<ext>}, relative to the data directory
 * @param bytes      file size
 * @param lastAccess least-recently-used order: when the feed last showed it, else its post's publication time
 */
public record CachedMedia(String urlKey, String localPath, long bytes, Instant lastAccess) {
}
