package app.backline.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Window;

/** How {@link StartupProbe} watches a JavaFX scene from another thread, without hooks in what it watches. */
final class SceneWatch {

    static final long POLL_MS = 2;
    static final long TIMEOUT_MS = 120_000;

    private SceneWatch() {
    }

    /** Items of the list's cells that are laid out and filled (what is on screen); on the FX thread. */
    static List<Object> shownItems(Scene scene, String listId) {
        Node list = scene.lookup(listId);
        if (list == null || !list.isVisible() || list.getScene() == null) {
            return List.of();
        }
        return list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible() && c.getGraphic() != null
                        && c.getGraphic().isVisible())
                .map(c -> (Object) c.getItem()).toList();
    }

    /** The first window showing, polled every {@value #POLL_MS} ms (the toolkit may not be up yet). */
    static Window awaitWindow() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            Optional<Window> shown;
            try {
                shown = onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                        .filter(w -> w.getScene() != null).findFirst());
            } catch (IllegalStateException toolkitNotUp) {
                shown = Optional.empty();
            }
            if (shown.isPresent()) {
                return shown.get();
            }
            Thread.sleep(POLL_MS);
        }
        throw new IllegalStateException("no window after " + TIMEOUT_MS + " ms");
    }

    /**
     * Returns once {@code condition} holds after a layout pass of {@code scene} (that pulse then renders it),
     * checking after each pass only, so that watching costs the app next to nothing.
     */
    static Met onPulseWhen(Scene scene, BooleanSupplier condition) throws Exception {
        CompletableFuture<Met> met = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (condition.getAsBoolean()) {
                met.complete(Met.now());
                return;
            }
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    if (!met.isDone() && condition.getAsBoolean()) {
                        met.complete(Met.now());
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    }
                }
            };
            scene.addPostLayoutPulseListener(check);
        });
        return met.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    /** When a condition was seen to hold, on the FX thread: wall clock (ms) and {@link System#nanoTime()}. */
    record Met(long epochMs, long nanos) {
        static Met now() {
            return new Met(System.currentTimeMillis(), System.nanoTime());
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }
}
