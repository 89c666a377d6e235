package app.backline.mediacache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cache's files under {@code <data dir>/media/cache}: {@code ab/<key>.<ext>} (the first two hex digits
 * of the key as a folder keep folders small) and partial downloads in {@code tmp/}. Nothing outside this
 * folder is ever deleted through it; archive copies live beside it in {@code media/<platform>/}.
 */
final class CacheFolder {

    /** Relative to the data directory, with forward slashes as stored in {@code media_item.local_path}. */
    static final String PREFIX = "media/cache/";
    private static final String TEMP = "tmp";

    private final Path dataDir;
    private final Path root;

    CacheFolder(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.root = this.dataDir.resolve("media").resolve("cache");
    }

    static boolean isCachePath(String localPath) {
        return localPath != null && localPath.startsWith(PREFIX) && !localPath.contains("..");
    }

    Path tempDir() {
        return root.resolve(TEMP);
    }

    /** Where the file of {@code key} goes, without extension (the content type decides it). */
    Path targetBase(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** {@code media/cache/ab/<key>.jpg} for a file in this folder. */
    String relative(Path file) {
        return dataDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    boolean exists(String localPath) {
        return isCachePath(localPath) && Files.isRegularFile(dataDir.resolve(localPath));
    }

    /** Deletes a cached file; a path outside the cache folder is left alone. */
    void delete(String localPath) throws IOException {
        if (isCachePath(localPath)) {
            Files.deleteIfExists(dataDir.resolve(localPath));
        }
    }

    /** Removes partial downloads a crash left behind. @return how many */
    int removeTempFiles() throws IOException {
        if (!Files.isDirectory(tempDir())) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(tempDir())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        return removed;
    }

    /** Relative paths of the cached files (not the partial downloads). */
    List<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(root, 2)) {
            all.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(tempDir()))
                    .forEach(f -> out.add(relative(f)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }
}
