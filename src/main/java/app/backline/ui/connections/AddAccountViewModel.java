package app.backline.ui.connections;

import app.backline.accounts.AccountListing;
import app.backline.accounts.AccountRegistry;
import app.backline.accounts.AccountRequest;
import app.backline.domain.Artist;
import app.backline.domain.ArtistRef;
import app.backline.domain.Platform;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.Problems;
import app.backline.ui.fx.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Add account dialog's form: platform, handle or profile address, platform user id, the pasted access
 * token and (Instagram) Facebook Login. Validates as the user types; {@link #save} hands the request to the
 * registry off the FX thread and shows its refusal in the form. The token is dropped from the form once saved.
 */
public final class AddAccountViewModel {

    /** What the form proposes: the engine's own default. */
    public static final int DEFAULT_BACKFILL_DAYS = 30;

    private final Artist artist;
    private final AccountRegistry accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final AccountFields fields;
    private final Consumer<AccountListing> onSaved;
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>();
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty userId = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final BooleanProperty facebookLogin = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> backfillDays = new SimpleObjectProperty<>(DEFAULT_BACKFILL_DAYS);
    private final ReadOnlyStringWrapper profileProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userIdProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userIdHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userIdLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper instagram = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedTokenHint = new ReadOnlyStringWrapper("");

    /** @param onSaved gets the new account on the FX thread */
    AddAccountViewModel(Artist artist, AccountRegistry accounts, TaskRunner tasks, Messages messages,
                        Consumer<AccountListing> onSaved) {
        this.artist = artist;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.fields = new AccountFields(messages);
        this.onSaved = onSaved;
        for (Observable input : new Observable[] {platform, profile, userId, token, facebookLogin}) {
            input.addListener(changed -> validate());
        }
        validate();
    }

    private void validate() {
        Platform p = platform.get();
        instagram.set(p == Platform.INSTAGRAM);
        profileProblem.set(fields.profileProblem(p, profile.get()));
        userIdProblem.set(fields.userIdProblem(p, userId.get()));
        tokenProblem.set(fields.tokenProblem(token.get()));
        userIdHint.set(p == null ? "" : messages.text(p == Platform.INSTAGRAM && facebookLogin.get()
                ? "accounts.userId.hint.facebook" : "accounts.userId.hint." + p.name()));
        userIdLabel.set(messages.text(p != null && !AccountFields.userIdRequired(p) ? "accounts.userId.optional"
                : "accounts.userId"));
        saveProblem.set("");
        valid.set(p != null && filled(profile) && filled(token)
                && (filled(userId) || !AccountFields.userIdRequired(p))
                && profileProblem.get().isEmpty() && userIdProblem.get().isEmpty() && tokenProblem.get().isEmpty());
    }

    private static boolean filled(StringProperty text) {
        return text.get() != null && !text.get().isBlank();
    }

    /** Adds the account; on success the token leaves the form and {@link #savedTokenHintProperty} shows "…wxyz". */
    public void save() {
        if (!valid.get() || saving.get()) {
            return;
        }
        AccountRequest request = request();
        saving.set(true);
        tasks.run(progress -> accounts.add(request), listing -> {
            saving.set(false);
            token.set("");
            savedTokenHint.set(listing.tokenHint() == null ? "" : listing.tokenHint());
            onSaved.accept(listing);
        }, failure -> {
            saving.set(false);
            saveProblem.set(Problems.userText(failure, messages));
        });
    }

    private AccountRequest request() {
        Platform p = platform.get();
        String entered = profile.get().strip();
        boolean address = AccountFields.isAddress(entered);
        String id = filled(userId) ? userId.get().strip() : null;
        return new AccountRequest(ArtistRef.byId(artist.id()), p, id, address ? null : AccountFields.handle(entered),
                address ? entered : null, token.get().strip(),
                p == Platform.INSTAGRAM && facebookLogin.get() ? "facebook" : null, backfillDays.get());
    }

    /** The artist the account is added to. */
    public Artist artist() {
        return artist;
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    /** A handle ("@mila" or "mila") or the profile's address. */
    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty userIdProperty() {
        return userId;
    }

    /** The pasted access token; bound to a password field and cleared once saved. */
    public StringProperty tokenProperty() {
        return token;
    }

    /** Instagram only: the token comes from Facebook Login (graph.facebook.com). */
    /** Days of history the first sync fetches, 1–365. */
    public ObjectProperty<Integer> backfillDaysProperty() {
        return backfillDays;
    }

    public BooleanProperty facebookLoginProperty() {
        return facebookLogin;
    }

    public ReadOnlyStringProperty profileProblemProperty() {
        return profileProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userIdProblemProperty() {
        return userIdProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenProblemProperty() {
        return tokenProblem.getReadOnlyProperty();
    }

    /** Where to find the user id on the chosen platform. */
    public ReadOnlyStringProperty userIdHintProperty() {
        return userIdHint.getReadOnlyProperty();
    }

    /** "Platform user id", with "(optional)" where the platform does not need it. */
    public ReadOnlyStringProperty userIdLabelProperty() {
        return userIdLabel.getReadOnlyProperty();
    }

    /** Instagram is chosen: the Facebook Login choice applies. */
    public ReadOnlyBooleanProperty instagramProperty() {
        return instagram.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The registry's reason for refusing the account, in its words. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** "…wxyz" once saved, else empty. */
    public ReadOnlyStringProperty savedTokenHintProperty() {
        return savedTokenHint.getReadOnlyProperty();
    }
}
