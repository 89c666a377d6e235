package app.backline.ui.fx;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts plain text on the clipboard; ViewModels use this instead of touching the scene's clipboard. */
@FunctionalInterface
public interface TextClipboard {

    /** Replaces the clipboard's content with {@code text}; called on the FX thread. */
    void putText(String text);

    /** The system clipboard, as plain text (the only format a spreadsheet paste needs). */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
