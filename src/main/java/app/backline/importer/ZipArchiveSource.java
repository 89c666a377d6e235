package app.backline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip archive read in place through {@link ZipFile}. Every entry name and size is checked when it is
 * opened, before anything is read: too many entries, an entry escaping the archive, a declared total
 * over the cap or a suspicious compression ratio refuse the whole archive.
 */
final class ZipArchiveSource implements ArchiveSource {

    private final ZipFile zip;
    private final String displayName;
    private final ReadBudget budget;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final NavigableSet<String> names = new TreeSet<>();

    private ZipArchiveSource(ZipFile zip, String displayName, ArchiveLimits limits) {
        this.zip = zip;
        this.displayName = displayName;
        this.budget = new ReadBudget(displayName, limits.maxTotalBytes());
    }

    /**
     * @throws ArchiveRejectedException when the central directory breaks a rule in {@link ArchiveLimits}
     *                                  or an entry name escapes the archive
     */
    static ZipArchiveSource open(Path file, ArchiveLimits limits) throws IOException {
        String displayName = String.valueOf(file.getFileName());
        ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        try {
            if (zip.size() > limits.maxEntries()) {
                throw tooManyEntries(displayName, limits);
            }
            ZipArchiveSource source = new ZipArchiveSource(zip, displayName, limits);
            source.index(limits);
            return source;
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void index(ArchiveLimits limits) {
        long declaredTotal = 0;
        int count = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (++count > limits.maxEntries()) {
                throw tooManyEntries(displayName, limits);
            }
            var name = EntryNames.normalize(entry.getName(), displayName);
            if (name.isEmpty() || entry.isDirectory()) {
                continue;
            }
            checkRatio(entry, limits);
            declaredTotal += Math.max(0, entry.getSize());
            if (declaredTotal > limits.maxTotalBytes()) {
                throw new ArchiveRejectedException("Refused " + displayName + ": it unpacks to more than "
                        + Sizes.human(limits.maxTotalBytes()) + ", which is more than one real export holds");
            }
            entries.put(name.get(), entry);
            names.add(name.get());
        }
    }

    private void checkRatio(ZipEntry entry, ArchiveLimits limits) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > limits.ratioCheckFloorBytes() && compressed > 0
                && size / compressed > limits.maxCompressionRatio()) {
            throw new ArchiveRejectedException("Refused " + displayName + ": it looks like a zip bomb ("
                    + EntryNames.printable(entry.getName()) + " claims to unpack " + Sizes.human(compressed)
                    + " into " + Sizes.human(size) + ")");
        }
    }

    private static ArchiveRejectedException tooManyEntries(String displayName, ArchiveLimits limits) {
        return new ArchiveRejectedException("Refused " + displayName + ": it holds more than "
                + limits.maxEntries() + " files, which is more than one real export holds");
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
    public long size(String name) {
        return entry(name).getSize();
    }

    @Override
    public InputStream open(String name, long maxBytes) throws IOException {
        ZipEntry entry = entry(name);
        long declared = entry.getSize();
        long cap = declared >= 0 ? Math.min(declared, maxBytes) : maxBytes;
        String message = declared >= 0 && declared <= maxBytes
                ? "Refused " + displayName + ": it looks like a zip bomb (" + EntryNames.printable(name)
                        + " unpacks to more than the " + Sizes.human(declared) + " it declares)"
                : "Refused " + displayName + ": " + EntryNames.printable(name) + " is larger than "
                        + Sizes.human(maxBytes) + ", more than a real export holds";
        return new BoundedInputStream(zip.getInputStream(entry), cap, budget, message);
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("no entry " + name);
        }
        return entry;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
