package app.backline.importer;

/**
 * Caps that keep a damaged or hostile archive from exhausting the machine. Enforced on bytes actually
 * read (a zip entry can inflate to far more than its header declares), not only on declared sizes.
 *
 * @param maxEntries          files and folders in one archive. 200,000 is well above a large real
 *                            export (an X archive with 100k tweets and media has ~100k files) and well
 *                            below what would make listing and name checks slow or memory-hungry.
 * @param maxTotalBytes       uncompressed bytes, declared in sum and read in sum. 50 GiB is the part
 *                            size X itself uses ({@code maxPartSizeBytes} in manifest.js); anything
 *                            bigger is not one archive part.
 * @param maxDocumentBytes    bytes of one JSON or CSV document. 1 GiB is ~600k tweets at the 1.7 KB
 *                            each of the real sample; the parsed posts must fit in memory anyway.
 * @param maxCompressionRatio declared uncompressed/compressed size of one entry above
 *                            {@code ratioCheckFloorBytes}. JSON compresses 5–20×, media about 1×;
 *                            a bomb compresses 1000× or more. 200 leaves real data a wide margin.
 * @param ratioCheckFloorBytes entries smaller than this are not ratio-checked (tiny files compress
 *                            oddly, and cost nothing even when they lie)
 */
record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxDocumentBytes, int maxCompressionRatio,
                     long ratioCheckFloorBytes) {

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;

    static final ArchiveLimits DEFAULT = new ArchiveLimits(200_000, 50 * GIB, GIB, 200, 16 * MIB);
}
