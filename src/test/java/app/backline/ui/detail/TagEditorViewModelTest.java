package app.backline.ui.detail;

import static app.backline.ui.TestStore.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.domain.Metrics;
import app.backline.domain.Platform;
import app.backline.domain.Post;
import app.backline.domain.PostFilter;
import app.backline.domain.Tag;
import app.backline.ui.TestStore;
import app.backline.ui.common.StatusViewModel;
import app.backline.ui.fx.ManualTaskRunner;
import app.backline.ui.fx.Messages;
import app.backline.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagEditorViewModelTest {

    @TempDir
    Path dir;
    private TestStore store;
    private final List<Post> saved = new ArrayList<>();
    private List<Post> posts;

    @BeforeEach
    void setUp() {
        store = new TestStore(dir);
        store.ingest("Ada", Platform.X, List.of(
                tagged(Platform.X, "1", "album out friday", TestStore.T0, Metrics.NONE, Tag.RELEASE),
                tagged(Platform.X, "2", "lovely day", TestStore.T0.minusSeconds(60), Metrics.NONE, Tag.GENERAL)));
        long ada = store.roster().findByName("Ada").orElseThrow().id();
        posts = store.feed().newest(ada, PostFilter.all(), 10);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private TagEditorViewModel editor(TaskRunner runner) {
        return new TagEditorViewModel(store.feed(), runner, new StatusViewModel(), Messages.load(Locale.US),
                saved::add);
    }

    private Set<Tag> stored(Post post) {
        return store.feed().find(post.id()).orElseThrow().tags();
    }

    @Test
    void showsThePostsTagsAndSavesACorrectionAtOnce() {
        TagEditorViewModel editor = editor(TaskRunner.inline());
        editor.postProperty().set(posts.get(0));
        assertTrue(editor.tagProperty(Tag.RELEASE).get());
        assertFalse(editor.tagProperty(Tag.SHOW).get());
        assertEquals("", editor.noteProperty().get());

        editor.tagProperty(Tag.SHOW).set(true);

        assertEquals(Set.of(Tag.RELEASE, Tag.SHOW), stored(posts.get(0)));
        assertEquals(1, saved.size());
        assertEquals(Set.of(Tag.RELEASE, Tag.SHOW), saved.get(0).tags());
        assertTrue(editor.noteProperty().get().startsWith("Saved."));
        editor.postProperty().set(saved.get(0));
        assertTrue(editor.noteProperty().get().startsWith("Saved."), "the same post, updated: still saved");
        editor.postProperty().set(posts.get(1));
        assertEquals("", editor.noteProperty().get());
        assertTrue(editor.tagProperty(Tag.GENERAL).get());
        assertFalse(editor.tagProperty(Tag.SHOW).get());
    }

    @Test
    void clicksDuringASaveAreSavedRightAfterItAndTheLastOneWins() {
        ManualTaskRunner runner = new ManualTaskRunner();
        TagEditorViewModel editor = editor(runner);
        editor.postProperty().set(posts.get(1));
        editor.tagProperty(Tag.GENERAL).set(false);
        editor.tagProperty(Tag.PRESS).set(true);
        editor.tagProperty(Tag.MERCH).set(true);
        assertEquals(1, runner.pendingCount(), "one save at a time");
        assertTrue(editor.savingProperty().get());

        runner.completeAll();

        assertEquals(Set.of(Tag.PRESS, Tag.MERCH), stored(posts.get(1)));
        assertEquals(1, saved.size(), "the feed hears once, when toggles and store agree");
        assertTrue(editor.tagProperty(Tag.PRESS).get() && editor.tagProperty(Tag.MERCH).get());
        assertFalse(editor.savingProperty().get());
    }

    @Test
    void showingAnotherPostDoesNotSaveAnything() {
        TagEditorViewModel editor = editor(TaskRunner.inline());
        editor.postProperty().set(posts.get(0));
        editor.postProperty().set(posts.get(1));
        assertEquals(List.of(), saved);
        assertEquals(Set.of(Tag.RELEASE), stored(posts.get(0)));
    }
}
