package app.backline.importer;

import app.backline.domain.Media;
import app.backline.domain.PostDraft;
import java.util.List;

/**
 * One post read from an archive: the draft (its {@code media} still empty) and its media as the
 * archive names them.
 */
record ArchivePost(PostDraft draft, List<MediaRef> media) {

    ArchivePost {
        media = List.copyOf(media);
    }

    /** The draft with its media resolved to local copies or placeholders, in the archive's order. */
    PostDraft withMedia(List<Media> resolved) {
        PostDraft d = draft;
        return new PostDraft(d.platform(), d.externalPostId(), d.permalink(), d.caption(), d.mediaType(),
                d.postedAt(), d.metrics(), d.entities(), d.reply(), d.repost(), d.language(), d.visibility(),
                d.ingestSource(), resolved);
    }
}
