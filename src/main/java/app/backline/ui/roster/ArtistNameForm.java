package app.backline.ui.roster;

import app.backline.common.UserFacingException;
import app.backline.roster.RosterService;
import app.backline.ui.fx.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The name field of the Add and Rename dialogs: validates as the user types, with the roster's rules
 * (trimmed, 1–120 characters) and against the names already on the roster, ignoring case.
 */
public final class ArtistNameForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final String original;
    private final Function<String, Optional<String>> takenBy;
    private final Messages messages;

    /**
     * @param original the current name when renaming, {@code null} when adding
     * @param takenBy  the roster's spelling of a (trimmed) name that is already on it, ignoring case
     */
    ArtistNameForm(String original, Function<String, Optional<String>> takenBy, Messages messages) {
        this.original = original;
        this.takenBy = takenBy;
        this.messages = messages;
        name.subscribe(this::validate);
        name.set(original == null ? "" : original);
    }

    private void validate(String text) {
        if (text == null || text.isEmpty()) {
            problem.set("");
            valid.set(false);
            return;
        }
        try {
            String trimmed = RosterService.validName(text);
            boolean unchanged = trimmed.equals(original);
            Optional<String> existing = unchanged || sameIgnoringCase(trimmed, original)
                    ? Optional.empty() : takenBy.apply(trimmed);
            problem.set(existing.map(name -> messages.format("roster.name.taken", name)).orElse(""));
            valid.set(existing.isEmpty() && !unchanged);
        } catch (UserFacingException e) {
            problem.set(e.getMessage());
            valid.set(false);
        }
    }

    private static boolean sameIgnoringCase(String a, String b) {
        return b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /** The name as the user types it. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Why the name cannot be used, empty when it can (or nothing has been typed yet). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether OK may be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The trimmed name to save. */
    public String trimmedName() {
        return name.get() == null ? "" : name.get().strip();
    }
}
