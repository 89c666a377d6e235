package app.backline.platform;

import java.nio.file.Path;

/**
 * An image {@link MediaDownloader} saved.
 *
 * @param file        where it is now (absolute)
 * @param bytes       its size in bytes
 * @param contentType the server's media type without parameters, e.g. {@code image/jpeg}
 */
public record DownloadedImage(Path file, long bytes, String contentType) {
}
