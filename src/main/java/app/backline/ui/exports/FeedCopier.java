package app.backline.ui.exports;

import app.backline.domain.Artist;

/** What "Copy last 30" needs from the export service; the composition root adapts it. */
@FunctionalInterface
public interface FeedCopier {

    /** The artist's {@code count} newest posts, unfiltered, as tab-separated text with a header row. */
    String newestAsTable(Artist artist, int count) throws Exception;
}
