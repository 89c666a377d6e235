package app.backline.ui.feed;

import app.backline.domain.Post;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The feed's keys: in the search field Escape clears it and Down moves into the feed; in the feed the
 * arrows move (the list's own keys), Enter opens the selected post in the detail pane and Escape clears
 * the search, if any, and goes back to the field.
 */
final class FeedKeys {

    private FeedKeys() {
    }

    static void install(ListView<Post> list, TextField search, FeedViewModel model, Runnable onOpenDetail) {
        search.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                model.filters().searchProperty().set("");
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                enterList(list);
                event.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> listKey(event, list, search, model, onOpenDetail));
    }

    private static void listKey(KeyEvent event, ListView<Post> list, TextField search, FeedViewModel model,
                                Runnable onOpenDetail) {
        if (event.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            onOpenDetail.run();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && !model.filters().searchProperty().get().isEmpty()) {
            model.filters().searchProperty().set("");
            search.requestFocus();
            event.consume();
        }
    }

    /** Focuses the list on the selected post, or on the first one. */
    private static void enterList(ListView<Post> list) {
        if (list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
        list.requestFocus();
    }
}
