package app.backline.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file all at once: writes a hidden temp file ({@code .<name>.<random>.tmp}) in the target's folder, forces it to disk,
 * then moves it over the target. On any failure (including cancellation) the temp file is deleted
 * and whatever was at the target before is left as it was. Used for exports and for the small settings
 * files, so that a crash or a full disk never leaves half a file behind.
 */
public final class AtomicFileWriter {

    /** What to write; gets a buffered stream that it must not close. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * @return what {@code content} returned
     * @throws NoSuchFileException when the target's folder does not exist
     * @throws IOException         when the target is a folder or cannot be written
     */
    public static <T> T write(Path target, Content<T> content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder");
        }
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "folder does not exist");
        }
        // createFile (not createTempFile) so the export gets the user's usual permissions, not 0600
        Path temp = Files.createFile(folder.resolve(
                "." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp"));
        boolean moved = false;
        try {
            T result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                result = content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
            moved = true;
            return result;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Replaces {@code target} with {@code properties} (UTF-8), creating its folder when missing. */
    public static void writeProperties(Path target, java.util.Properties properties, String comment) throws IOException {
        Files.createDirectories(target.toAbsolutePath().normalize().getParent());
        write(target, out -> {
            // store() flushes the writer; closing it would close the stream write() still needs
            properties.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), comment);
            return null;
        });
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
