package app.backline.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The startup baseline: the plainest JavaFX window, a stage showing one label at the app's window size. */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare window");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1360, 860));
        stage.show();
    }
}
