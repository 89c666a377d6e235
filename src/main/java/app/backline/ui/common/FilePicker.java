package app.backline.ui.common;

import app.backline.export.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for files and folders; native dialogs in the app, a stub in screen tests. */
public interface FilePicker {

    /** Zip archives to import, several at once if the user likes; empty when cancelled. */
    List<Path> archiveFiles(Window owner);

    /** An unpacked archive folder to import. */
    Optional<Path> archiveFolder(Window owner);

    /** Where to save an export, proposing {@code suggestedName}. */
    Optional<Path> exportFile(Window owner, String suggestedName, ExportFormat format);
}
