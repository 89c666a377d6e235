package app.backline.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxOnceTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void whenTrueRunsOnceWhenTheFlagFirstTurnsTrueOrAtOnce() {
        SimpleBooleanProperty flag = new SimpleBooleanProperty(false);
        List<String> ran = new ArrayList<>();
        FxOnce.whenTrue(flag, () -> ran.add("late"));
        assertEquals(List.of(), ran);
        flag.set(true);
        flag.set(false);
        flag.set(true);
        assertEquals(List.of("late"), ran);
        FxOnce.whenTrue(flag, () -> ran.add("at once"));
        assertEquals(List.of("late", "at once"), ran);
    }

    @Test
    void afterNextLayoutRunsOnceTheSceneIsLaidOutWithWhatWasAdded() throws Exception {
        CompletableFuture<Double> widthSeen = new CompletableFuture<>();
        Label added = new Label("laid out first");
        Platform.runLater(() -> {
            StackPane root = new StackPane();
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            root.getChildren().add(added);
            FxOnce.afterNextLayout(stage.getScene(), () -> {
                widthSeen.complete(added.getWidth());
                stage.close();
            });
            assertTrue(added.getWidth() == 0, "not laid out yet");
        });
        assertTrue(widthSeen.get(10, TimeUnit.SECONDS) > 0, "the action saw the label laid out");
    }
}
