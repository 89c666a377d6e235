package app.backline.ui.syncruns;

import app.backline.ui.fx.Messages;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Sync runs window beside the main one: F5 reads the runs again, Esc closes it. While it is open the
 * runs are read again whenever one starts or ends.
 */
public final class SyncRunsWindow {

    private final SyncRunsViewModel model;
    private final Messages messages;
    private final Consumer<Scene> dress;
    private Stage stage;
    private SyncRunsView view;

    /** @param dress applies the app's stylesheet and theme to the window's scene */
    public SyncRunsWindow(SyncRunsViewModel model, Messages messages, Consumer<Scene> dress) {
        this.model = model;
        this.messages = messages;
        this.dress = dress;
    }

    /** Opens the window, or brings it to the front. */
    public void show(Window owner) {
        if (stage == null) {
            stage = create(owner);
        }
        if (!stage.isShowing()) {
            model.setActive(true);
            stage.show();
        }
        stage.toFront();
        view.focusTable();
    }

    private Stage create(Window owner) {
        view = new SyncRunsView(model, messages);
        Scene scene = new Scene(view, 1400, 600);
        dress.accept(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> stage.hide());
        Stage window = new Stage();
        window.initOwner(owner);
        if (owner instanceof Stage main) {
            window.getIcons().setAll(main.getIcons());
        }
        window.setTitle(messages.text("runs.title"));
        window.setScene(scene);
        window.setOnHidden(event -> model.setActive(false));
        return window;
    }
}
