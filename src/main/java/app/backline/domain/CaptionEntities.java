package app.backline.domain;

import java.util.List;

/**
 * Entities found in a caption, in order of appearance, without duplicates.
 *
 * @param hashtags without the leading {@code #}
 * @param mentions handles without the leading {@code @}
 * @param links    absolute URLs, expanded where the source gives the expansion
 */
public record CaptionEntities(List<String> hashtags, List<String> mentions, List<String> links) {

    public static final CaptionEntities NONE = new CaptionEntities(List.of(), List.of(), List.of());

    public CaptionEntities {
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }
}
