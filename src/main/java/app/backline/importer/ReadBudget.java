package app.backline.importer;

/** Uncompressed bytes one import may still read, over all files of the archive. Not thread-safe. */
final class ReadBudget {

    private final String archiveName;
    private final long limit;
    private long used;

    ReadBudget(String archiveName, long limitBytes) {
        this.archiveName = archiveName;
        this.limit = limitBytes;
    }

    /** @throws ArchiveRejectedException once more than the limit has been read in total */
    void consume(long bytes) {
        used += bytes;
        if (used > limit) {
            throw new ArchiveRejectedException("Refused " + archiveName + ": it unpacks to more than "
                    + Sizes.human(limit) + ", which is more than one real export holds");
        }
    }
}
