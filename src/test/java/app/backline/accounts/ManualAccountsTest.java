package app.backline.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.UserFacingException;
import app.backline.domain.ArtistRef;
import app.backline.domain.ConnectionState;
import app.backline.domain.ConnectionType;
import app.backline.domain.Platform;
import app.backline.persistence.Database;
import app.backline.persistence.repository.SealedTokens;
import app.backline.secrets.KeyFileKeySource;
import app.backline.secrets.TokenVault;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualAccountsTest {

    private static final String TOKEN = "EAAGm0PX4ZCpsBAKZCsecret9876";

    @TempDir
    Path dir;
    private Database db;
    private TokenVault vault;
    private ManualAccounts accounts;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        vault = new TokenVault(new KeyFileKeySource(dir.resolve("vault.key")));
        accounts = new ManualAccounts(db.syncAccounts(), vault, changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AccountRequest request(Platform platform, String userId, String handle, String url, String token,
                                   String variant) {
        return new AccountRequest(ArtistRef.byName("  Mila  "), platform, userId, handle, url, token, variant);
    }

    @Test
    void addStoresAPendingAccountWithTheTokenSealedForItsRow() {
        AccountListing added = accounts.add(request(Platform.INSTAGRAM, "17841", "@mila", null, "  " + TOKEN + "\n",
                null));

        assertEquals("Mila", added.artistName());
        assertEquals("…9876", added.tokenHint());
        assertEquals(ConnectionState.PENDING, added.account().state());
        assertEquals(ConnectionType.MANUAL, added.account().connectionType());
        assertEquals("mila", added.account().handle());
        assertEquals(1, changes.get(), "the engine is told");
        long id = added.account().id();
        String sealed = db.syncAccounts().sealedTokens(id).orElseThrow().access();
        assertFalse(sealed.contains(TOKEN));
        assertEquals(TOKEN, vault.open(sealed, SealedTokens.accessContext(id)));
        assertThrows(UserFacingException.class, () -> vault.open(sealed, SealedTokens.accessContext(id + 1)),
                "sealed for this row only");
    }

    @Test
    void theHandleComesFromTheProfileAddressWhenNoneIsGiven() {
        assertEquals("mila.music", accounts.add(request(Platform.TIKTOK, null, null,
                "https://www.tiktok.com/@mila.music?lang=en", TOKEN, null)).account().handle());
        assertEquals("mila-band", accounts.add(request(Platform.LINKEDIN, "urn:li:organization:5", null,
                "https://www.linkedin.com/company/mila-band/", TOKEN, null)).account().handle());
    }

    @Test
    void plainWordsForWhatCannotBeConnected() {
        assertMessage("The access token is empty: paste the token the platform gave you",
                request(Platform.X, null, "mila", null, "   ", null));
        assertMessage("LinkedIn needs the author's URN as user id (urn:li:person:… or urn:li:organization:…)",
                request(Platform.LINKEDIN, null, "mila", null, TOKEN, null));
        assertMessage("Instagram accounts connected through Facebook Login need the Instagram user id",
                request(Platform.INSTAGRAM, null, "mila", null, TOKEN, "Facebook"));
        assertMessage("A variant applies only to Instagram accounts",
                request(Platform.X, null, "mila", null, TOKEN, "facebook"));
        assertMessage("The profile address is not a web address: ftp://x",
                request(Platform.X, null, null, "ftp://x", TOKEN, null));
        UserFacingException spaced = assertThrows(UserFacingException.class,
                () -> accounts.add(request(Platform.X, null, "mila", null, "abc def ghi jkl", null)));
        assertFalse(spaced.getMessage().contains("abc def"), "never the token, not even a wrong one");
        assertEquals(0, accounts.list(null).size());
        assertEquals(0, changes.get());
    }

    @Test
    void aDuplicateIsRefusedAndRemoveKeepsNothingButThePosts() {
        long id = accounts.add(request(Platform.X, "42", "mila", null, TOKEN, null)).account().id();
        UserFacingException dup = assertThrows(UserFacingException.class,
                () -> accounts.add(request(Platform.X, null, "Mila", null, TOKEN + "2", null)));
        assertTrue(dup.getMessage().startsWith("Mila already has the X account @mila connected"), dup.getMessage());

        accounts.remove(id);

        assertTrue(accounts.list(null).isEmpty());
        assertTrue(db.syncAccounts().sealedTokens(id).isEmpty());
        assertEquals(2, changes.get());
        UserFacingException missing = assertThrows(UserFacingException.class, () -> accounts.remove(id));
        assertEquals("There is no account " + id + " (see 'backline accounts list')", missing.getMessage());
    }

    @Test
    void theRequestNeverPrintsItsToken() {
        AccountRequest r = request(Platform.X, null, "mila", null, TOKEN, null);
        assertFalse(r.toString().contains(TOKEN));
        AccountListing listing = accounts.add(r);
        assertFalse(listing.toString().contains(TOKEN));
        assertNull(accounts.list(null).get(0).account().lastError());
    }

    private void assertMessage(String expected, AccountRequest r) {
        assertEquals(expected, assertThrows(UserFacingException.class, () -> accounts.add(r)).getMessage());
    }
}
