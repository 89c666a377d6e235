package app.backline.platform.x;

import app.backline.domain.CaptionEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** X's {@code entities} as caption entities: distinct hashtags and handles (ignoring case) and links. */
final class XEntities {

    private XEntities() {
    }

    static CaptionEntities of(XDtos.Entities entities) {
        if (entities == null) {
            return CaptionEntities.NONE;
        }
        return new CaptionEntities(
                distinct(entities.hashtags(), XDtos.Hashtag::tag, true),
                distinct(entities.mentions(), XDtos.Mention::username, true),
                distinct(entities.urls() == null ? null
                        : entities.urls().stream().filter(u -> !ownMedia(u)).toList(), XEntities::link, false));
    }

    /** The address as written ({@code expanded_url}), else after redirects ({@code unwound_url}), else the t.co link. */
    private static String link(XDtos.Url url) {
        return url.expandedUrl() != null ? url.expandedUrl() : url.unwoundUrl() != null ? url.unwoundUrl() : url.url();
    }

    /** The post's own photo or video link ({@code pic.x.com/…}): archives keep it apart from links too. */
    private static boolean ownMedia(XDtos.Url url) {
        String display = url.displayUrl() == null ? "" : url.displayUrl().toLowerCase(Locale.ROOT);
        return url.mediaKey() != null || display.startsWith("pic.twitter.com/") || display.startsWith("pic.x.com/");
    }

    private static <T> List<String> distinct(List<T> items, Function<T, String> value, boolean ignoreCase) {
        List<String> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        items.stream().map(value).filter(Objects::nonNull).filter(v -> !v.isBlank()).forEach(v -> {
            boolean seen = out.stream().anyMatch(o -> ignoreCase ? o.equalsIgnoreCase(v) : o.equals(v));
            if (!seen) {
                out.add(v);
            }
        });
        return out;
    }
}
