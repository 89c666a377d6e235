package app.backline.persistence.repository;

import app.backline.domain.AccountIdentity;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionType;
import app.backline.domain.PostDraft;
import java.util.List;

/**
 * Posts of one account to write in one transaction.
 *
 * @param account        who posted them; for IMPORT the artist's single IMPORT account of that platform is
 *                       used (created when missing) and its handle/user id filled in where still unknown
 * @param connectionType IMPORT for archives
 */
public record IngestBatch(ArtistRef artist, AccountIdentity account, ConnectionType connectionType,
                          List<PostDraft> posts) {

    public IngestBatch {
        posts = List.copyOf(posts);
    }
}
