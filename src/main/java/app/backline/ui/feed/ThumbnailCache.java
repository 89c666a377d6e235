package app.backline.ui.feed;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Thumbnails of local media copies, loaded in the background at card size and kept for the most
 * recently shown posts only, so scrolling back is instant and memory stays bounded.
 */
final class ThumbnailCache {

    static final int SIZE = 84;
    /** About 110 KB each at twice the card size: 150 keep memory near 17 MB while scrolling back stays instant. */
    private static final int KEEP = 150;

    private final Path dataDir;
    private final Map<String, Image> images = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEEP;
        }
    };

    ThumbnailCache(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * The image of a local copy (path relative to the data dir); it may still be loading, or fail. A failed
     * one is loaded again: the media cache may have downloaded the file since (same path for the same URL).
     */
    Image get(String localPath) {
        Image image = images.get(localPath);
        if (image == null || image.isError()) {
            image = new Image(dataDir.resolve(localPath).toUri().toString(), SIZE * 2, SIZE * 2, true, true, true);
            images.put(localPath, image);
        }
        return image;
    }
}
