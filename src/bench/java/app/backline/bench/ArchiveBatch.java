package app.backline.bench;

import app.backline.domain.Platform;

/**
 * One slice of one artist's archive on one platform, in archive order (oldest first).
 *
 * @param artist   0..artists-1
 * @param first    index of its first post within the artist's posts on that platform
 * @param count    posts in the slice
 * @param fromDay  first day (days since the data set's start) the slice covers
 * @param toDay    day after the last
 */
record ArchiveBatch(int artist, Platform platform, int first, int count, double fromDay, double toDay) {

    String artistName() {
        return String.format("Bench Artist %02d", artist);
    }

    String handle() {
        return String.format("bench_artist_%02d", artist);
    }
}
