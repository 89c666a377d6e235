package app.backline.accounts;

import java.util.List;

/** Adding, listing and removing the accounts Backline syncs. */
public interface AccountRegistry {

    /**
     * Stores a manual connection in state PENDING (the sync engine backfills it next); the token is sealed
     * by the vault first. Creates the artist when {@code request.artist()} names one that does not exist.
     *
     * @throws app.backline.common.UserFacingException for an empty token, a platform that needs a user id
     *         and got none, or the same platform account already connected for that artist
     */
    AccountListing add(AccountRequest request);

    /** Every account, or one artist's when {@code artistId} is not {@code null}; by artist, platform, handle. */
    List<AccountListing> list(Long artistId);

    /**
     * Removes a live account and its stored tokens. The posts it synced stay in the artist's feed.
     *
     * @throws app.backline.common.UserFacingException when there is no such account
     */
    void remove(long accountId);
}
