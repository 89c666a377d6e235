package app.backline.accounts;

import app.backline.common.UserFacingException;
import app.backline.persistence.repository.NewLiveAccount;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncAccountRepository;
import app.backline.secrets.TokenVault;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AccountRegistry} for pasted access tokens. The token is sealed by the {@link TokenVault} with the
 * new account's id as associated data ({@code "account:<id>:access"}), in the transaction that inserts the
 * row, so no clear token is ever written. Safe to call from any thread.
 */
public final class ManualAccounts implements AccountRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ManualAccounts.class);

    private final SyncAccountRepository accounts;
    private final TokenVault vault;
    private final Runnable changed;

    /** @param changed told after an account was added or removed (the sync engine picks it up at once) */
    public ManualAccounts(SyncAccountRepository accounts, TokenVault vault, Runnable changed) {
        this.accounts = accounts;
        this.vault = vault;
        this.changed = changed;
    }

    @Override
    public AccountListing add(AccountRequest request) {
        NewLiveAccount spec = ConnectionCheck.check(request);
        String token = ConnectionCheck.token(request.accessToken());
        SyncAccount created = accounts.createLive(spec,
                id -> new SealedTokens(vault.seal(token, SealedTokens.accessContext(id)), null));
        LOG.info("Connected {} account {} ({}) for {} as account {}", spec.platform().displayName(), spec.handle(),
                spec.externalUserId(), created.artistName(), created.id());
        changed.run();
        return listing(created);
    }

    @Override
    public List<AccountListing> list(Long artistId) {
        return accounts.findAll(artistId).stream().map(ManualAccounts::listing).toList();
    }

    @Override
    public void remove(long accountId) {
        if (!accounts.removeLive(accountId)) {
            throw new UserFacingException("There is no account " + accountId + " (see 'backline accounts list')");
        }
        LOG.info("Removed account {} and its tokens; its posts stay", accountId);
        changed.run();
    }

    private static AccountListing listing(SyncAccount a) {
        return new AccountListing(a.account(), a.artistName(), a.tokenHint());
    }
}
