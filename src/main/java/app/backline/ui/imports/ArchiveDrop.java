package app.backline.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes a node a drop target for archives: zip files and unpacked archive folders dragged from the file
 * manager. While such a drag is over it the node has the {@code :drop-target} pseudo-class; on drop it
 * hands over every dropped file (the importer refuses what is not an archive, with its reason).
 */
public final class ArchiveDrop {

    /** Set while an acceptable drag is over the node. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private ArchiveDrop() {
    }

    /**
     * @param enabled whether an import may start now (an artist to import into, nothing else running)
     * @param onDrop  gets the dropped files, on the FX thread
     */
    public static void install(Node node, BooleanSupplier enabled, Consumer<List<Path>> onDrop) {
        node.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (enabled.getAsBoolean() && hasArchive(event.getDragboard())) {
                event.acceptTransferModes(TransferMode.COPY);
                node.pseudoClassStateChanged(DROP_TARGET, true);
                event.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_EXITED, event -> node.pseudoClassStateChanged(DROP_TARGET, false));
        node.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            node.pseudoClassStateChanged(DROP_TARGET, false);
            Dragboard board = event.getDragboard();
            if (enabled.getAsBoolean() && hasArchive(board)) {
                onDrop.accept(board.getFiles().stream().map(File::toPath).toList());
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private static boolean hasArchive(Dragboard board) {
        return board.hasFiles() && board.getFiles().stream().anyMatch(ArchiveDrop::looksLikeArchive);
    }

    /** A folder (an unpacked archive) or a file named {@code *.zip}. */
    public static boolean looksLikeArchive(File file) {
        return file.isDirectory() || file.getName().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
