package app.backline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unpacked archive folder. Symbolic links are skipped, so that nothing outside the folder can be
 * read through one; the same entry-count and byte caps as for zip files apply.
 */
final class FolderArchiveSource implements ArchiveSource {

    private static final Logger LOG = LoggerFactory.getLogger(FolderArchiveSource.class);

    private final Path root;
    private final String displayName;
    private final ReadBudget budget;
    private final NavigableSet<String> names = new TreeSet<>();

    private FolderArchiveSource(Path root, ArchiveLimits limits) {
        this.root = root;
        this.displayName = String.valueOf(root.getFileName());
        this.budget = new ReadBudget(displayName, limits.maxTotalBytes());
    }

    /** @throws ArchiveRejectedException when the folder holds more than the entry cap */
    static FolderArchiveSource open(Path folder, ArchiveLimits limits) throws IOException {
        FolderArchiveSource source = new FolderArchiveSource(folder.toRealPath(), limits);
        source.index(limits);
        return source;
    }

    private void index(ArchiveLimits limits) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            private int count;

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                countOne();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                countOne();
                if (attrs.isRegularFile()) {
                    names.add(relativeName(file));
                } else if (attrs.isSymbolicLink()) {
                    LOG.warn("Skipping symbolic link {} in archive folder {}", relativeName(file), displayName);
                }
                return FileVisitResult.CONTINUE;
            }

            private void countOne() {
                if (++count > limits.maxEntries()) {
                    throw new ArchiveRejectedException("Refused " + displayName + ": it holds more than "
                            + limits.maxEntries() + " files, which is more than one real export holds");
                }
            }
        });
    }

    private String relativeName(Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public NavigableSet<String> names() {
        return Collections.unmodifiableNavigableSet(names);
    }

    @Override
    public long size(String name) throws IOException {
        return Files.size(resolve(name));
    }

    @Override
    public InputStream open(String name, long maxBytes) throws IOException {
        Path file = resolve(name);
        String message = "Refused " + displayName + ": " + EntryNames.printable(name) + " is larger than "
                + Sizes.human(maxBytes) + ", more than a real export holds";
        return new BoundedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), maxBytes, budget,
                message);
    }

    private Path resolve(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("no file " + name);
        }
        return root.resolve(name);
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
