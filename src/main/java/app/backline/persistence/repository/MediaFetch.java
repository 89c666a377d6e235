package app.backline.persistence.repository;

import java.time.Instant;

/**
 * A media row waiting for its download into the media cache.
 *
 * @param mediaId   the {@code media_item} row
 * @param remoteUrl where the platform serves the image (for a video: its preview image)
 * @param attempts  failed downloads so far
 * @param postedAt  the post's publication time, UTC
 */
public record MediaFetch(long mediaId, String remoteUrl, int attempts, Instant postedAt) {
}
