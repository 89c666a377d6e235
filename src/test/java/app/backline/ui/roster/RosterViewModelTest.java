package app.backline.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Artist;
import app.backline.domain.Platform;
import app.backline.ui.TestStore;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterViewModelTest {

    @TempDir
    Path dir;
    private TestStore store;
    private final StatusViewModel status = new StatusViewModel();
    private RosterViewModel model;

    @BeforeEach
    void setUp() {
        store = new TestStore(dir);
        model = new RosterViewModel(store.roster(), TaskRunner.inline(), status, Messages.load(Locale.US));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void reloadListsArtistsByNameWithPostCountsAndSelectsTheFirst() {
        store.seed("Zed", Platform.X, 3, "z");
        store.roster().add("ada");
        model.reload();
        assertEquals(List.of("ada", "Zed"), model.artists().stream().map(Artist::name).toList());
        assertEquals(3, model.artists().get(1).postCount());
        assertEquals("ada", model.selectedProperty().get().name());
        assertTrue(model.loadedProperty().get());
    }

    @Test
    void addSelectsTheNewArtist() {
        store.roster().add("Ada");
        model.reload();
        ArtistNameForm form = model.newArtistForm();
        form.nameProperty().set("  Billie  ");
        assertTrue(form.validProperty().get());
        model.add(form);
        assertEquals("Billie", model.selectedProperty().get().name());
        assertEquals(2, model.artists().size());
        assertEquals("Added Billie to the roster", status.messageProperty().get());
    }

    @Test
    void nameFormExplainsWhatIsWrong() {
        store.roster().add("Ada Lovelace");
        model.reload();
        ArtistNameForm form = model.newArtistForm();
        assertFalse(form.validProperty().get(), "empty");
        assertEquals("", form.problemProperty().get(), "no scolding before typing");
        form.nameProperty().set("   ");
        assertEquals("An artist needs a name", form.problemProperty().get());
        form.nameProperty().set("x".repeat(121));
        assertEquals("Artist names are at most 120 characters", form.problemProperty().get());
        form.nameProperty().set("ada lovelace ");
        assertEquals("There is already an artist called “Ada Lovelace”", form.problemProperty().get());
        assertFalse(form.validProperty().get());
        form.nameProperty().set("Ada Byron");
        assertTrue(form.validProperty().get());
        assertEquals("", form.problemProperty().get());
    }

    @Test
    void renameAllowsANewSpellingOfTheSameNameButNotAnotherArtistsName() {
        store.roster().add("ada");
        store.roster().add("Billie");
        model.reload();
        Artist ada = model.artists().get(0);
        ArtistNameForm form = model.renameForm(ada);
        assertFalse(form.validProperty().get(), "unchanged name");
        form.nameProperty().set("BILLIE");
        assertFalse(form.validProperty().get());
        form.nameProperty().set("Ada");
        assertTrue(form.validProperty().get());
        model.rename(ada, form);
        assertEquals("Ada", model.selectedProperty().get().name());
        assertEquals(ada.id(), model.selectedProperty().get().id());
    }

    @Test
    void removeAsksWithNameAndPostCountThenDeletesEverything() {
        store.seed("Ada", Platform.X, 2045, "a");
        store.roster().add("Billie");
        model.reload();
        Artist ada = model.artists().get(0);
        assertEquals("Remove Ada from the roster? All 2,045 stored posts will be deleted from this computer."
                + " This cannot be undone.", model.removeQuestion(ada));
        model.remove(ada);
        assertEquals(List.of("Billie"), model.artists().stream().map(Artist::name).toList());
        assertEquals("Billie", model.selectedProperty().get().name());
        assertEquals("Removed Ada and its 2,045 posts", status.messageProperty().get());
        assertTrue(store.roster().findByName("Ada").isEmpty());
    }

    @Test
    void storeRefusalShowsAsAProblem() {
        store.roster().add("Ada");
        model.reload();
        ArtistNameForm form = model.newArtistForm();
        form.nameProperty().set("Billie");
        store.roster().add("billie");
        model.add(form);
        assertEquals(StatusViewModel.Kind.ERROR, status.kindProperty().get());
        assertTrue(status.problemProperty().get().startsWith("There is already an artist called"),
                status.problemProperty().get());
    }
}
