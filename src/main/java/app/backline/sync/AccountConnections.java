package app.backline.sync;

import app.backline.common.UserFacingException;
import app.backline.persistence.repository.SealedTokens;
import app.backline.persistence.repository.SyncAccount;
import app.backline.persistence.repository.SyncAccountRepository;
import app.backline.platform.AccessToken;
import app.backline.platform.ApiConnection;
import app.backline.platform.RequestMeter;
import app.backline.secrets.TokenVault;

/** Opens an account's sealed access token into an {@link ApiConnection}, only for the call that needs it. */
final class AccountConnections {

    private final SyncAccountRepository accounts;
    private final TokenVault vault;

    AccountConnections(SyncAccountRepository accounts, TokenVault vault) {
        this.accounts = accounts;
        this.vault = vault;
    }

    /** @throws TokenUnavailableException when there is no token or the vault cannot open it */
    ApiConnection open(SyncAccount account, RequestMeter meter) {
        String sealed = accounts.sealedTokens(account.id()).map(SealedTokens::access).orElse(null);
        if (sealed == null) {
            throw new TokenUnavailableException("No access token is stored for this account: reconnect it", null);
        }
        String token;
        try {
            token = vault.open(sealed, SealedTokens.accessContext(account.id()));
        } catch (UserFacingException e) {
            throw new TokenUnavailableException(e.getMessage(), e);
        }
        return new ApiConnection(account.id(), account.account().platform(), account.account().externalUserId(),
                account.account().handle(), new AccessToken(token), account.variant(), meter);
    }
}
