package app.backline.enrichment;

import app.backline.domain.CaptionEntities;
import app.backline.domain.Tag;
import java.util.Set;

/** Says what a post is about, from its caption. Implementations are stateless and thread-safe. */
public interface Tagger {

    /**
     * Tags of a caption.
     *
     * @param caption  the caption as published; {@code null} reads as empty
     * @param entities hashtags, mentions and links found in it (expanded links included); {@code null} or
     *                 {@link CaptionEntities#NONE} when unknown
     * @return never empty: {@link Tag#GENERAL} alone when nothing more specific applies; GENERAL never
     *         comes together with another tag
     */
    Set<Tag> tag(String caption, CaptionEntities entities);
}
