package app.backline.importer;

import java.util.List;
import java.util.Optional;

/**
 * Where a YouTube Takeout keeps what the importer needs, relative to its YouTube folder: the folder
 * {@code Takeout/YouTube and YouTube Music/} of a Takeout zip, that folder given on its own, or its
 * content given bare ({@code video metadata/}, {@code channels/} at the top). Folder and file names are
 * matched ignoring case: real exports write both {@code video metadata} and {@code Video metadata}.
 *
 * @param videos entry name of {@code video metadata/videos.csv}, {@code null} when absent (a Takeout
 *               part that holds only video files)
 * @param texts  entry name of {@code video metadata/video texts.csv}, {@code null} when absent
 * @param channel entry name of {@code channels/channel.csv}, {@code null} when absent
 */
record YouTubeTakeoutLayout(String videos, String texts, String channel) {

    private static final List<String> FOLDERS = List.of("Takeout/YouTube and YouTube Music/",
            "YouTube and YouTube Music/");
    private static final String VIDEOS = "video metadata/videos.csv";
    private static final String TEXTS = "video metadata/video texts.csv";
    private static final String CHANNEL = "channels/channel.csv";

    /** The YouTube folder under {@code root} (entry-name prefix as the archive spells it), if any. */
    static Optional<String> base(ArchiveSource source, String root) {
        for (String folder : FOLDERS) {
            String prefix = root + folder;
            Optional<String> found = source.names().stream()
                    .filter(n -> n.length() > prefix.length() && n.regionMatches(true, 0, prefix, 0, prefix.length()))
                    .findFirst();
            if (found.isPresent()) {
                return Optional.of(found.get().substring(0, prefix.length()));
            }
        }
        boolean bare = source.findIgnoringCase(root + VIDEOS).isPresent()
                || source.findIgnoringCase(root + CHANNEL).isPresent();
        return bare ? Optional.of(root) : Optional.empty();
    }

    /** The files under {@code base}, each {@code null} when the archive lacks it. */
    static YouTubeTakeoutLayout of(ArchiveSource source, String base) {
        return new YouTubeTakeoutLayout(find(source, base + VIDEOS), find(source, base + TEXTS),
                find(source, base + CHANNEL));
    }

    private static String find(ArchiveSource source, String name) {
        return source.findIgnoringCase(name).orElse(null);
    }
}
