package app.backline.mediacache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cache keys: the SHA-256 of an image URL without its query and fragment. Instagram and TikTok sign their
 * CDN URLs anew on every sync (same image, new {@code ?oh=…&oe=…} or {@code x-expires}), so the query must not
 * make a second copy. The platforms' CDN paths carry the media id, so the path alone tells images apart.
 */
final class CacheKeys {

    private CacheKeys() {
    }

    /** 64 lower-case hex digits. */
    static String of(String url) {
        String stable = url.strip();
        int cut = indexOfAny(stable, '?', '#');
        if (cut >= 0) {
            stable = stable.substring(0, cut);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(stable.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
