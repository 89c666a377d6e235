package app.backline.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads one image (a thumbnail, a video's preview image, a photo) through the shared {@link OkHttpClient}:
 * a plain GET of the platform's CDN address, which needs no access token. Only a 2xx answer with
 * {@code Content-Type: image/*} of at most the size cap is kept; it is streamed to a temp file, forced to disk
 * and moved into place atomically, so the target is either absent or complete. Thread-safe.
 */
public final class MediaDownloader {

    /** JavaFX draws JPEG, PNG and GIF; CDNs that negotiate (TikTok serves WebP otherwise) send those first. */
    private static final String ACCEPT = "image/jpeg, image/png, image/gif;q=0.9, image/*;q=0.5";
    private static final int BUFFER = 64 * 1024;

    private final OkHttpClient client;

    public MediaDownloader(OkHttpClient client) {
        this.client = client;
    }

    /**
     * @param url        http or https address of the image
     * @param tempDir    folder for the partial download, on the same file system as {@code targetBase}
     * @param targetBase the final path without extension; the extension follows the content type ({@code .jpg})
     * @param maxBytes   the size cap: a larger image is refused
     * @return the saved image
     * @throws MediaDownloadException for a status other than 2xx, a content type other than {@code image/*},
     *         an image over the cap, a broken connection or a disk error; nothing is left behind then
     */
    public DownloadedImage download(String url, Path tempDir, Path targetBase, long maxBytes) {
        HttpUrl address = HttpUrl.parse(url);
        if (address == null) {
            throw new MediaDownloadException("Not a web address of an image", false, null);
        }
        Request request = new Request.Builder().url(address).header("Accept", ACCEPT).get().build();
        try (Response response = client.newCall(request).execute()) {
            MediaType type = checked(response, maxBytes);
            Path target = targetBase.resolveSibling(targetBase.getFileName() + "." + extension(type));
            long bytes = save(response.body(), tempDir, target, maxBytes);
            return new DownloadedImage(target, bytes, type.type() + "/" + type.subtype());
        } catch (UnknownHostException | ConnectException | NoRouteToHostException e) {
            throw new MediaDownloadException("Offline: " + address.host() + " cannot be reached", true, e);
        } catch (InterruptedIOException e) {
            throw new MediaDownloadException(address.host() + " did not answer in time", true, e);
        } catch (IOException e) {
            throw new MediaDownloadException("The download from " + address.host() + " broke off ("
                    + e.getClass().getSimpleName() + ")", false, e);
        }
    }

    private static MediaType checked(Response response, long maxBytes) {
        if (!response.isSuccessful()) {
            throw new MediaDownloadException("The image server answered HTTP " + response.code(), false, null);
        }
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        if (type == null || !"image".equalsIgnoreCase(type.type())) {
            throw new MediaDownloadException("Not an image: the server sent "
                    + (type == null ? "no content type" : type.type() + "/" + type.subtype()), false, null);
        }
        if (body.contentLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return type;
    }

    private static long save(ResponseBody body, Path tempDir, Path target, long maxBytes) throws IOException {
        Files.createDirectories(tempDir);
        Path temp = Files.createTempFile(tempDir, "download-", ".part");
        try {
            long bytes = copy(body.byteStream(), temp, maxBytes);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException unsupported) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return bytes;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies at most {@code maxBytes}; the server's Content-Length is not trusted to be there or true. */
    private static long copy(InputStream in, Path temp, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(ByteBuffer.wrap(buffer, 0, n));
            }
            out.force(true);
        }
        return total;
    }

    private static MediaDownloadException tooLarge(long maxBytes) {
        return new MediaDownloadException(String.format(Locale.ROOT, "The image is larger than %.1f MB",
                maxBytes / (1024.0 * 1024.0)), false, null);
    }

    /** {@code jpeg} becomes {@code jpg}; anything but letters and digits is dropped ({@code svg+xml} → {@code svgxml}). */
    static String extension(MediaType type) {
        String sub = type.subtype().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (sub.equals("jpeg") || sub.equals("pjpeg")) {
            return "jpg";
        }
        return sub.isEmpty() ? "img" : sub.substring(0, Math.min(sub.length(), 8));
    }
}
