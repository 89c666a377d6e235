package app.backline.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * Read-only view of an archive's files, whether a zip file or an unpacked folder. Names are relative,
 * with {@code /} separators, validated when the source is opened; nothing is ever extracted by name.
 * Every byte read counts against the import's {@link ArchiveLimits}.
 */
interface ArchiveSource extends Closeable {

    /** The archive's file name, for messages. */
    String displayName();

    /** Every regular file, sorted. */
    NavigableSet<String> names();

    default boolean contains(String name) {
        return names().contains(name);
    }

    /**
     * The entry whose name equals {@code name} ignoring case ({@code Video metadata/videos.csv} for
     * {@code video metadata/videos.csv}); the exact spelling wins, then the first in sorted order.
     */
    default Optional<String> findIgnoringCase(String name) {
        if (contains(name)) {
            return Optional.of(name);
        }
        return names().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    /** Size in bytes as the archive declares it (zip central directory, or the file's size). */
    long size(String name) throws IOException;

    /**
     * Opens one file for reading.
     *
     * @param maxBytes most bytes this caller will accept from the file
     * @throws ArchiveRejectedException from {@code read} once the file yields more than it declared,
     *                                  than {@code maxBytes}, or than the archive's total read budget
     */
    InputStream open(String name, long maxBytes) throws IOException;

    @Override
    void close() throws IOException;
}
