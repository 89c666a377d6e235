package app.backline.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.accounts.AccountListing;
import app.backline.domain.Artist;
import app.backline.domain.ConnectionState;
import app.backline.domain.Platform;
import app.backline.testing.FakeAccountRegistry;
import app.backline.testing.FakeSyncControl;
import app.backline.testing.MutableClock;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AddAccountViewModelTest {

    private static final String TOKEN = "IGQWRPa1ZA2example0123456789wxyz";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final FakeSyncControl sync = new FakeSyncControl(clock);
    private final FakeAccountRegistry registry = new FakeAccountRegistry(sync, clock).artist(1, "Aurora Vale");
    private final List<AccountListing> saved = new ArrayList<>();
    private final AddAccountViewModel form = new AddAccountViewModel(new Artist(1, "Aurora Vale", 0), registry,
            TaskRunner.inline(), Messages.load(Locale.US), saved::add);

    @Test
    void nothingIsScoldedBeforeTypingButNothingCanBeSavedEither() {
        assertFalse(form.validProperty().get());
        assertEquals("", form.profileProblemProperty().get());
        assertEquals("", form.tokenProblemProperty().get());
        assertEquals("", form.userIdHintProperty().get(), "no platform, no hint");
    }

    @Test
    void instagramNeedsItsUserIdAndSaysWhereToFindIt() {
        form.platformProperty().set(Platform.INSTAGRAM);
        form.profileProperty().set("@aurora.vale");
        form.tokenProperty().set(TOKEN);
        assertTrue(form.instagramProperty().get());
        assertEquals("Platform user id", form.userIdLabelProperty().get());
        assertTrue(form.userIdHintProperty().get().contains("GET /me?fields=user_id"), form.userIdHintProperty().get());
        assertFalse(form.validProperty().get(), "Instagram lists posts by user id");
        form.userIdProperty().set("1784-1405");
        assertEquals("The Instagram user id is a number", form.userIdProblemProperty().get());
        form.userIdProperty().set("17841405822304914");
        assertTrue(form.validProperty().get());
        form.facebookLoginProperty().set(true);
        assertTrue(form.userIdHintProperty().get().contains("instagram_business_account"));
    }

    @Test
    void otherPlatformsCheckTheirOwnIdsAndAddresses() {
        form.platformProperty().set(Platform.X);
        assertEquals("Platform user id (optional)", form.userIdLabelProperty().get());
        form.profileProperty().set("https://www.instagram.com/aurora.vale");
        assertEquals("That address is not on X", form.profileProblemProperty().get());
        form.profileProperty().set("https://twitter.com/auroravale");
        assertEquals("", form.profileProblemProperty().get());
        form.profileProperty().set("aurora vale");
        assertTrue(form.profileProblemProperty().get().startsWith("A handle has no spaces"));
        form.platformProperty().set(Platform.YOUTUBE);
        form.userIdProperty().set("UCabc");
        assertEquals("A YouTube channel id starts with UC and has 24 characters", form.userIdProblemProperty().get());
        form.userIdProperty().set("UC_x5XG1OV2P6uZZ5FSM9Ttw");
        assertEquals("", form.userIdProblemProperty().get());
        form.platformProperty().set(Platform.LINKEDIN);
        assertEquals("Write the LinkedIn id as urn:li:person:… or urn:li:organization:…",
                form.userIdProblemProperty().get());
        form.userIdProperty().set("urn:li:organization:2414183");
        assertEquals("", form.userIdProblemProperty().get());
    }

    @Test
    void tokensWithSpacesOrTooShortAreRefused() {
        form.tokenProperty().set("abc def");
        assertEquals("An access token has no spaces or line breaks: copy it again", form.tokenProblemProperty().get());
        form.tokenProperty().set("abc");
        assertEquals("This is too short to be an access token", form.tokenProblemProperty().get());
        form.tokenProperty().set("  " + TOKEN + "\n");
        assertEquals("", form.tokenProblemProperty().get(), "the ends of a paste are trimmed");
    }

    @Test
    void saveHandsTheRequestToTheRegistryAndForgetsTheToken() {
        form.platformProperty().set(Platform.INSTAGRAM);
        form.profileProperty().set("@aurora.vale");
        form.userIdProperty().set(" 17841405822304914 ");
        form.tokenProperty().set(TOKEN + "\n");
        form.facebookLoginProperty().set(true);
        assertEquals(30, form.backfillDaysProperty().get(), "the engine's default is proposed");
        form.backfillDaysProperty().set(90);
        form.save();
        assertEquals(1, saved.size());
        AccountListing listing = saved.get(0);
        assertEquals("aurora.vale", listing.account().handle());
        assertEquals("17841405822304914", listing.account().externalUserId());
        assertEquals(ConnectionState.PENDING, listing.account().state());
        assertEquals(TOKEN, registry.token(listing.account().id()), "trimmed, as pasted");
        assertEquals(90, registry.backfillDays(listing.account().id()));
        assertEquals("", form.tokenProperty().get(), "the token does not stay in the form");
        assertEquals("…wxyz", form.savedTokenHintProperty().get());
        assertFalse(form.savingProperty().get());
    }

    @Test
    void aProfileAddressIsSentAsAddressAndTheRegistryReadsTheHandle() {
        form.platformProperty().set(Platform.TIKTOK);
        form.profileProperty().set("https://www.tiktok.com/@auroravale");
        form.tokenProperty().set(TOKEN);
        form.save();
        assertEquals("auroravale", saved.get(0).account().handle());
        assertEquals("https://www.tiktok.com/@auroravale", saved.get(0).account().profileUrl());
        assertNull(saved.get(0).account().externalUserId());
    }

    @Test
    void aRefusalShowsTheRegistrysWordsAndKeepsTheForm() {
        form.platformProperty().set(Platform.X);
        form.profileProperty().set("auroravale");
        form.tokenProperty().set(TOKEN);
        form.save();
        form.tokenProperty().set(TOKEN);
        form.save();
        assertEquals(1, saved.size());
        assertEquals("X @auroravale is already connected for Aurora Vale", form.saveProblemProperty().get());
        assertEquals(TOKEN, form.tokenProperty().get(), "the user can correct and try again");
        form.profileProperty().set("auroravale2");
        assertEquals("", form.saveProblemProperty().get(), "editing clears the refusal");
    }
}
