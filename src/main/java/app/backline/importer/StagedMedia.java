package app.backline.importer;

import app.backline.domain.PostDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media copies of one import waiting in a staging folder, with the drafts that point at their final
 * places. The folder is created only when the first copy is needed.
 */
final class StagedMedia {

    private static final Logger LOG = LoggerFactory.getLogger(StagedMedia.class);

    private final Path stagingDir;
    private final Map<String, Path> byRelativePath = new LinkedHashMap<>();
    private List<PostDraft> drafts = List.of();
    private int copied;
    private int missing;

    StagedMedia(Path stagingDir) {
        this.stagingDir = stagingDir;
    }

    List<PostDraft> drafts() {
        return drafts;
    }

    void setDrafts(List<PostDraft> drafts) {
        this.drafts = List.copyOf(drafts);
    }

    /** Media items that will have a local copy (new or already present). */
    int copied() {
        return copied;
    }

    /** Media items left as placeholders. */
    int missing() {
        return missing;
    }

    void countCopied() {
        copied++;
    }

    void countMissing() {
        missing++;
    }

    boolean isStaged(String relativePath) {
        return byRelativePath.containsKey(relativePath);
    }

    /** A fresh file name in the staging folder (the file itself is not created). */
    Path newFile() throws IOException {
        Files.createDirectories(stagingDir);
        return stagingDir.resolve(byRelativePath.size() + ".part");
    }

    void add(String relativePath, Path stagedFile) {
        byRelativePath.put(relativePath, stagedFile);
    }

    /**
     * Moves every staged copy to its final place under {@code dataDir}, replacing an older copy of
     * the same name, then removes the staging folder.
     */
    void publish(Path dataDir) throws IOException {
        for (Map.Entry<String, Path> e : byRelativePath.entrySet()) {
            Path target = dataDir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            try {
                Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException unsupported) {
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        discard();
    }

    /** Removes the staging folder and whatever is still in it; logs instead of failing. */
    void discard() {
        if (!Files.exists(stagingDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(stagingDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(StagedMedia::delete);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove staged media in {}: {}", stagingDir, e.getMessage());
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
