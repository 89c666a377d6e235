package app.backline.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The backup folder's naming: {@code backline-20261122T010203Z.zip} plus a {@code .properties} summary
 * (artists, posts) beside it. Work in progress carries a leading dot and a {@code .partial} suffix, so a
 * crash mid-backup never leaves something that looks like a backup.
 */
final class BackupFiles {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "backline-";

    private final Path folder;

    BackupFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path finalFile(Instant at) {
        return folder.resolve(PREFIX + STAMP.format(at) + ".zip");
    }

    Path partialFile(Instant at) {
        return folder.resolve("." + PREFIX + STAMP.format(at) + ".zip.partial");
    }

    static Path summaryOf(Path zip) {
        return zip.resolveSibling(zip.getFileName().toString().replace(".zip", ".properties"));
    }

    /** Finished backups, newest first. */
    List<BackupInfo> list() {
        List<BackupInfo> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.zip")) {
            for (Path f : files) {
                parse(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return out;
    }

    /** Removes what a crashed backup left behind. */
    void removePartials() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + PREFIX + "*.partial")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    void writeSummary(Path zip, long artists, long posts) throws IOException {
        Properties p = new Properties();
        p.setProperty("artists", String.valueOf(artists));
        p.setProperty("posts", String.valueOf(posts));
        try (OutputStream out = Files.newOutputStream(summaryOf(zip))) {
            p.store(out, "Backline backup summary");
        }
    }

    private Optional<BackupInfo> parse(Path zip) throws IOException {
        String name = zip.getFileName().toString();
        Instant at;
        try {
            at = Instant.from(STAMP.parse(name.substring(PREFIX.length(), name.length() - ".zip".length())));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
        long artists = -1;
        long posts = -1;
        Path summary = summaryOf(zip);
        if (Files.isRegularFile(summary)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(summary)) {
                p.load(in);
            }
            artists = Long.parseLong(p.getProperty("artists", "-1"));
            posts = Long.parseLong(p.getProperty("posts", "-1"));
        }
        return Optional.of(new BackupInfo(zip, at, Files.size(zip), artists, posts));
    }
}
