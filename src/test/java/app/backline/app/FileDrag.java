package app.backline.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.Arrays;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Files dragged in from a file manager, for screen tests (TestFX cannot drag real files from the OS):
 * a real {@link Dragboard} holding the files, offering copy/move/link as a file manager does, delivered
 * to a node as the drag events the scene would fire. Call on the FX thread.
 */
final class FileDrag {

    private FileDrag() {
    }

    /** Fires {@code type} (DRAG_OVER or DRAG_DROPPED) at {@code target}; returns the event as handled. */
    static DragEvent fire(Node target, EventType<DragEvent> type, Path... files) {
        Dragboard board = DragboardHelper.createDragboard(new FileManagerPeer());
        ClipboardContent content = new ClipboardContent();
        content.putFiles(Arrays.stream(files).map(Path::toFile).toList());
        board.setContent(content);
        var at = target.localToScene(target.getLayoutBounds().getCenterX(), target.getLayoutBounds().getCenterY());
        DragEvent event = new DragEvent(null, target, type, board, at.getX(), at.getY(), at.getX(), at.getY(),
                TransferMode.COPY, null, target, null);
        DragEvent[] delivered = {event};
        javafx.event.EventHandler<DragEvent> spy = e -> delivered[0] = e;
        target.addEventFilter(type, spy);
        try {
            Event.fireEvent(target, event);
        } finally {
            target.removeEventFilter(type, spy);
        }
        return delivered[0];
    }

    /** The toolkit's in-memory clipboard, plus the transfer modes a drag source offers. */
    private static final class FileManagerPeer implements TKClipboard {
        private final TKClipboard content = Toolkit.getToolkit().createLocalClipboard();

        @Override
        public void setSecurityContext(AccessControlContext context) {
            content.setSecurityContext(context);
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.getContentTypes();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            return content.putContent(items);
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.getContent(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.hasContent(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
