package app.backline.importer;

import static app.backline.importer.ArchiveCsvTest.assertRefused;
import static app.backline.importer.Fixtures.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.backline.domain.Platform;
import app.backline.enrichment.CaptionEntityExtractor;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of the five layouts is told apart by its file names alone; anything else is refused. */
class ArchiveDetectorTest {

    private static final Map<String, Platform> LAYOUTS = Map.of(
            "data/tweets.js", Platform.X,
            "your_instagram_activity/content/posts_1.json", Platform.INSTAGRAM,
            "Takeout/YouTube and YouTube Music/channels/channel.csv", Platform.YOUTUBE,
            "video metadata/videos.csv", Platform.YOUTUBE,
            "user_data_tiktok.json", Platform.TIKTOK,
            "Shares.csv", Platform.LINKEDIN);

    @TempDir
    Path dir;

    private Platform detect(Path archive) throws Exception {
        try (ArchiveSource source = Fixtures.open(archive)) {
            return new ArchiveDetector(ArchiveReaders.all(new CaptionEntityExtractor(), ArchiveLimits.DEFAULT))
                    .detect(source).reader().platform();
        }
    }

    @Test
    void tellsEveryFormatApartAtTheTopOrInsideOneFolder() throws Exception {
        int n = 0;
        for (Map.Entry<String, Platform> layout : LAYOUTS.entrySet()) {
            Fixtures files = archive().file(layout.getKey(), "x").file("README.txt", "about this export");
            assertEquals(layout.getValue(), detect(files.zip(dir, "top" + n + ".zip")), layout.getKey());
            Fixtures nested = archive().file("export/" + layout.getKey(), "x").file("export/README.txt", "hi");
            assertEquals(layout.getValue(), detect(nested.folder(dir, "nested" + n)), layout.getKey());
            n++;
        }
    }

    @Test
    void refusesLookAlikesOfTheNewFormats() throws Exception {
        for (String name : new String[] {"Comments.csv", "comments/comments.csv", "videos.csv", "user_data_instagram.json",
                "video metadata/video recordings.csv"}) {
            Path zip = archive().file(name, "x").zip(dir, "other" + Math.abs(name.hashCode()) + ".zip");

            assertRefused(() -> detect(zip), "Unknown archive:", "a YouTube Takeout (video metadata/videos.csv)",
                    "a TikTok export (user_data_tiktok.json)", "nor a LinkedIn export (Shares.csv)");
        }
    }
}
