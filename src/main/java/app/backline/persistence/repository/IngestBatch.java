package app.backline.persistence.repository;

import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.PostDraft;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Posts of one account to write in one transaction.
 *
 * @param account        who posted them; for IMPORT the artist's single IMPORT account of that platform is
 *                       used (created when missing) and its handle/user id filled in where still unknown
 * @param connectionType IMPORT for archives
 * @param prepare        applied to every post just before it is written (tagging and summaries); the writer
 *                       prepares the next chunk on the other cores while it writes the current one. Pure
 *                       and thread-safe; {@link #READY} when the posts are ready.
 */
public record IngestBatch(ArtistRef artist, AccountIdentity account, ConnectionType connectionType,
                          List<PostDraft> posts, UnaryOperator<PostDraft> prepare) {

    /** The step for posts that are ready to write: nothing to do. */
    public static final UnaryOperator<PostDraft> READY = UnaryOperator.identity();

    public IngestBatch {
        posts = List.copyOf(posts);
        Objects.requireNonNull(prepare, "prepare");
    }

    /** Posts that are ready to write. */
    public IngestBatch(ArtistRef artist, AccountIdentity account, ConnectionType connectionType,
                       List<PostDraft> posts) {
        this(artist, account, connectionType, posts, READY);
    }
}
