package app.backline.importer;

import app.backline.domain.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The media of one archived tweet, from {@code extended_entities.media} (which has every item and the
 * true type; {@code entities.media} has only the first, typed "photo" even for a video).
 *
 * <p>Remote URL: for a photo {@code media_url_https}; for a video or GIF the mp4 variant with the
 * highest bitrate, so that the link plays the item itself (the poster image stays reachable through
 * the post's permalink), falling back to {@code media_url_https} when there is no mp4 variant.
 *
 * <p>Local file: X keeps it as {@code <mediaDir>/<tweetId>-<file name of the URL>}; for a video the
 * name is that of the mp4 variant, so both it and the poster's name are tried, video first.
 */
final class XMediaMapper {

    /** @param mediaDirs entry-name folders to look in, e.g. {@code data/tweets_media} */
    List<MediaRef> map(JsonNode tweet, String tweetId, List<String> mediaDirs) {
        JsonNode items = tweet.path("extended_entities").path("media");
        if (!items.isArray() || items.isEmpty()) {
            items = tweet.path("entities").path("media");
        }
        List<MediaRef> refs = new ArrayList<>();
        for (JsonNode item : items) {
            MediaType type = type(JsonFields.text(item, "type"));
            String poster = JsonFields.firstText(item, "media_url_https", "media_url");
            String video = type == MediaType.IMAGE ? null : bestMp4(item.path("video_info").path("variants"));
            List<String> paths = new ArrayList<>();
            for (String dir : mediaDirs) {
                for (String url : new String[] {video, poster}) {
                    if (url != null && !EntryNames.baseName(url).isEmpty()) {
                        paths.add(dir + "/" + tweetId + "-" + EntryNames.baseName(url));
                    }
                }
            }
            refs.add(new MediaRef(type, video != null ? video : poster, paths));
        }
        return refs;
    }

    private static MediaType type(String xType) {
        if ("video".equals(xType)) {
            return MediaType.VIDEO;
        }
        return "animated_gif".equals(xType) ? MediaType.GIF : MediaType.IMAGE;
    }

    private static String bestMp4(JsonNode variants) {
        String best = null;
        long bestRate = -1;
        for (JsonNode variant : variants) {
            String url = JsonFields.text(variant, "url");
            Long rate = JsonFields.number(variant, "bitrate");
            if (url != null && "video/mp4".equals(JsonFields.text(variant, "content_type"))
                    && (rate == null ? 0 : rate) > bestRate) {
                best = url;
                bestRate = rate == null ? 0 : rate;
            }
        }
        return best;
    }
}
