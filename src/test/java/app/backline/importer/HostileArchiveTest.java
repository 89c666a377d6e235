package app.backline.importer;

import static app.backline.importer.Fixtures.archive;
import static app.backline.importer.Fixtures.tweet;
import static app.backline.importer.Fixtures.ytd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.backline.common.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Archives that must be refused with a one-line reason before anything is imported. */
class HostileArchiveTest {

    private static final String ONE_TWEET = ytd("tweets", "[" + tweet("1", "Fri Feb 20 09:10:58 +0000 2026",
            "hi", "") + "]");

    @TempDir
    Path dir;

    @Test
    void refusesAPdf() throws Exception {
        Path pdf = Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));

        assertRejected(() -> Fixtures.parse(pdf), "Not an archive: report.pdf is neither a zip file nor a folder");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.zip"));

        assertRejected(() -> Fixtures.parse(empty), "Empty file: empty.zip is 0 bytes");
    }

    @Test
    void refusesAMissingPath() {
        assertRejected(() -> Fixtures.parse(dir.resolve("nope.zip")), "Not found");
    }

    @Test
    void refusesADamagedZip() throws Exception {
        Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7});

        assertRejected(() -> Fixtures.parse(broken), "Damaged zip file: broken.zip");
    }

    @Test
    void refusesZipSlipEntries() throws Exception {
        for (String evil : new String[] {"../evil.js", "data/../../evil.js", "/etc/cron.d/evil", "..\\evil.js",
                "C:/Windows/evil.js"}) {
            Path zip = archive().file("data/tweets.js", ONE_TWEET).file(evil, "x").zip(dir, "slip.zip");

            assertRejected(() -> Fixtures.parse(zip), "points outside the archive");
            Files.delete(zip);
        }
    }

    @Test
    void refusesTruncatedJsonNamingTheFile() throws Exception {
        String cut = ONE_TWEET.substring(0, ONE_TWEET.length() - 20);
        Path zip = archive().file("data/tweets.js", cut).zip(dir, "cut.zip");

        assertRejected(() -> Fixtures.parse(zip), "Damaged archive: data/tweets.js in cut.zip is cut off or not valid JSON");
    }

    @Test
    void refusesInvalidJsonInInstagramPostsNamingTheFile() throws Exception {
        Path folder = archive().file("your_instagram_activity/content/posts_1.json", "[{\"title\": oops}]")
                .folder(dir, "ig");

        assertRejected(() -> Fixtures.parse(folder), "your_instagram_activity/content/posts_1.json");
    }

    @Test
    void refusesAnUnknownLayout() throws Exception {
        Path zip = archive().file("photos/holiday.jpg", "jpeg").file("notes.txt", "hi").zip(dir, "other.zip");

        assertRejected(() -> Fixtures.parse(zip), "Unknown archive: other.zip is neither an X archive");
    }

    @Test
    void refusesTooManyEntries() throws Exception {
        Path zip = Fixtures.zipWithEntries(dir, 101);
        ArchiveLimits limits = new ArchiveLimits(100, ArchiveLimits.DEFAULT.maxTotalBytes(), 1 << 20, 200, 1 << 20);

        assertRejected(() -> new ArchiveOpener(limits).open(zip), "holds more than 100 files");
    }

    @Test
    void refusesAFolderWithTooManyEntries() throws Exception {
        Fixtures fixtures = archive();
        for (int i = 0; i < 20; i++) {
            fixtures.file("data/f" + i + ".js", "[]");
        }
        Path folder = fixtures.folder(dir, "many");
        ArchiveLimits limits = new ArchiveLimits(10, 1 << 30, 1 << 20, 200, 1 << 20);

        assertRejected(() -> new ArchiveOpener(limits).open(folder), "holds more than 10 files");
    }

    @Test
    void refusesABombByItsCompressionRatioWithDefaultLimits() throws Exception {
        Path zip = archive().file("data/tweets.js", new byte[40 << 20]).zip(dir, "bomb.zip");

        assertRejected(() -> Fixtures.parse(zip), "Refused bomb.zip: it looks like a zip bomb");
    }

    @Test
    void refusesAnEntryThatInflatesBeyondItsDeclaredSize() throws Exception {
        byte[] big = ONE_TWEET.replace("\"hi\"", "\"" + "a".repeat(200_000) + "\"").getBytes(StandardCharsets.UTF_8);
        Path zip = archive().file("data/tweets.js", big).zip(dir, "liar.zip");
        Fixtures.forgeDeclaredSizes(zip, 100);

        assertRejected(() -> Fixtures.parse(zip), "unpacks to more than the 100 bytes it declares");
    }

    @Test
    void refusesAZipWhoseDeclaredTotalExceedsTheCap() throws Exception {
        Path zip = archive().file("data/tweets.js", ONE_TWEET).zip(dir, "x.zip");
        ArchiveLimits limits = new ArchiveLimits(100, 50, 1 << 20, 200, 1 << 20);

        assertRejected(() -> new ArchiveOpener(limits).open(zip).close(), "unpacks to more than 50 bytes");
    }

    @Test
    void theReadBudgetCountsBytesActuallyReadOverAllFiles() throws Exception {
        Path folder = archive().file("a.bin", new byte[600]).file("b.bin", new byte[600]).folder(dir, "two");
        ArchiveLimits limits = new ArchiveLimits(100, 1000, 1 << 20, 200, 1 << 20);

        try (ArchiveSource source = new ArchiveOpener(limits).open(folder)) {
            drain(source, "a.bin", 1 << 20);
            assertRejected(() -> drain(source, "b.bin", 1 << 20), "unpacks to more than 1000 bytes");
        }
    }

    @Test
    void refusesAJsonFileLargerThanTheJsonCap() throws Exception {
        Path folder = archive().file("data/tweets.js", ONE_TWEET).folder(dir, "x");
        ArchiveLimits limits = new ArchiveLimits(100, 1 << 30, 64, 200, 1 << 20);

        try (ArchiveSource source = new ArchiveOpener(limits).open(folder)) {
            ArchiveJson json = new ArchiveJson(new com.fasterxml.jackson.databind.ObjectMapper(), limits);
            XArchiveReader reader = new XArchiveReader(json, new XTweetMapper(
                    new app.backline.enrichment.CaptionEntityExtractor()));
            assertRejected(() -> reader.read(source, "", Progress.NONE), "data/tweets.js is larger than 64 bytes");
        }
    }

    @Test
    void skipsSymbolicLinksInFolders() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "private");
        Path folder = archive().file("data/tweets.js", ONE_TWEET).folder(dir, "x");
        Files.createSymbolicLink(folder.resolve("data/tweets_media"), dir);
        Files.createSymbolicLink(folder.resolve("data/link.txt"), secret);

        try (ArchiveSource source = Fixtures.open(folder)) {
            assertEquals(java.util.Set.of("data/tweets.js"), source.names());
        }
    }

    private static void drain(ArchiveSource source, String name, long max) throws IOException {
        try (InputStream in = source.open(name, max)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static void assertRejected(Executable action, String expectedPart) {
        ArchiveRejectedException e = assertThrows(ArchiveRejectedException.class, action);
        assertTrue(e.getMessage().contains(expectedPart), () -> "message was: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
