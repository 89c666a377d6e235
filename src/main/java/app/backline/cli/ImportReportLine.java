package app.backline.cli;

import app.backline.importer.ImportReport;
import java.nio.file.Path;
import java.util.Locale;

/** The one-line outcome of importing one archive, as {@code backline import} prints it. */
final class ImportReportLine {

    private ImportReportLine() {
    }

    /**
     * e.g. {@code "x.zip: x @ada — 10 new, 2 updated, 0 unchanged (12 posts read, 3 media copied, 1 missing) in 1.4s"};
     * {@code "(no handle)"} in place of {@code @handle} when the archive does not say.
     */
    static String success(Path archive, ImportReport r) {
        String who = r.handle() == null || r.handle().isBlank() ? "(no handle)" : "@" + r.handle();
        return String.format(Locale.ROOT,
                "%s: %s %s — %d new, %d updated, %d unchanged (%d posts read, %d media copied, %d missing) in %.1fs",
                archive, r.platform().key(), who, r.added(), r.updated(), r.unchanged(),
                r.postsRead(), r.mediaCopied(), r.mediaMissing(), r.elapsedMillis() / 1000.0);
    }

    /** e.g. {@code "report.pdf: rejected — not a zip file or folder"}. */
    static String rejected(Path archive, String reason) {
        return archive + ": rejected — " + reason;
    }

    /** An unexpected failure; the details go to the log. */
    static String failed(Path archive, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return archive + ": failed — " + message + " (details in the log)";
    }
}
