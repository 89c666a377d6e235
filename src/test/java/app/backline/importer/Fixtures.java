package app.backline.importer;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.backline.common.Progress;
import app.backline.enrichment.CaptionEntityExtractor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small archives (zip files and folders) for tests, and the readers under test. */
final class Fixtures {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    static Fixtures archive() {
        return new Fixtures();
    }

    Fixtures file(String name, String content) {
        return file(name, content.getBytes(UTF_8));
    }

    Fixtures file(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    /** Writes the files into a new zip file. */
    Path zip(Path dir, String fileName) throws IOException {
        Path zip = dir.resolve(fileName);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Writes the files into a new folder. */
    Path folder(Path dir, String folderName) throws IOException {
        Path root = dir.resolve(folderName);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return root;
    }

    /** An X-style JavaScript data file: {@code window.YTD.<global>.part0 = <json>}. */
    static String ytd(String global, String json) {
        return "window.YTD." + global + ".part0 = " + json;
    }

    /** A tweets.js entry; {@code extra} is spliced into the tweet object (may be empty). */
    static String tweet(String id, String createdAt, String text, String extra) {
        return "{\"tweet\":{\"id_str\":\"" + id + "\",\"id\":\"" + id + "\",\"created_at\":\"" + createdAt
                + "\",\"full_text\":" + quote(text) + ",\"favorite_count\":\"3\",\"retweet_count\":\"1\","
                + "\"lang\":\"en\"" + (extra.isEmpty() ? "" : "," + extra) + "}}";
    }

    static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites every central-directory "uncompressed size" field of a zip to {@code size}. */
    static void forgeDeclaredSizes(Path zip, int size) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 28 < b.length; i++) {
            if (buf.getInt(i) == 0x02014b50) {
                buf.putInt(i + 24, size);
            }
        }
        Files.write(zip, b);
    }

    /** A zip with {@code count} tiny entries, written without building them in memory. */
    static Path zipWithEntries(Path dir, int count) throws IOException {
        Path zip = dir.resolve("many.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("data/f" + i + ".js"));
                out.closeEntry();
            }
        }
        return zip;
    }

    static ArchiveJson json() {
        return new ArchiveJson(new ObjectMapper(), ArchiveLimits.DEFAULT);
    }

    static XArchiveReader xReader() {
        return new XArchiveReader(json(), new XTweetMapper(new CaptionEntityExtractor()));
    }

    static InstagramArchiveReader instagramReader() {
        return new InstagramArchiveReader(json(), new InstagramPostMapper(new CaptionEntityExtractor()));
    }

    static ArchiveSource open(Path path) throws IOException {
        return new ArchiveOpener(ArchiveLimits.DEFAULT).open(path);
    }

    /** Parses with the reader that the detector picks. */
    static ParsedArchive parse(Path path) throws IOException {
        try (ArchiveSource source = open(path)) {
            ArchiveDetector.Match match = new ArchiveDetector(
                    ArchiveReaders.all(new CaptionEntityExtractor(), ArchiveLimits.DEFAULT)).detect(source);
            return match.reader().read(source, match.root(), Progress.NONE);
        }
    }

    private Fixtures() {
    }
}
