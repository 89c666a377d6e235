package app.backline.importer;

import java.util.List;

/**
 * Finds which platform's archive a source holds, from its layout alone. The archive's content may sit
 * at the top level or inside one folder (a zip made by zipping the unpacked folder).
 */
final class ArchiveDetector {

    /** A reader that recognized the layout, and where the archive's top level is ({@code ""} or {@code "name/"}). */
    record Match(ArchiveReader reader, String root) {
    }

    private final List<ArchiveReader> readers;

    ArchiveDetector(List<ArchiveReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** @throws ArchiveRejectedException when no reader recognizes the layout */
    Match detect(ArchiveSource source) {
        for (String root : candidateRoots(source)) {
            for (ArchiveReader reader : readers) {
                if (reader.recognizes(source, root)) {
                    return new Match(reader, root);
                }
            }
        }
        throw new ArchiveRejectedException("Unknown archive: " + source.displayName() + " is neither an X archive "
                + "(data/tweets.js), an Instagram export (your_instagram_activity/content/posts_1.json), a YouTube "
                + "Takeout (video metadata/videos.csv), a TikTok export (user_data_tiktok.json) nor a LinkedIn "
                + "export (Shares.csv)");
    }

    private static List<String> candidateRoots(ArchiveSource source) {
        if (source.names().isEmpty()) {
            return List.of("");
        }
        String first = source.names().first();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return List.of("");
        }
        String folder = first.substring(0, slash + 1);
        boolean allInside = source.names().stream().allMatch(name -> name.startsWith(folder));
        return allInside ? List.of("", folder) : List.of("");
    }
}
