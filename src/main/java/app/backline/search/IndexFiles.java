package app.backline.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folder: one writer, near-real-time searchers on it, and the user data of the last commit. An index
 * that cannot be opened (damaged, from another Lucene format) is deleted and started empty, which the caller then
 * sees as a commit of no store ({@link IndexCommit#NONE}) and rebuilds.
 */
final class IndexFiles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFiles.class);
    /** Indexing buffer: flushes during a rebuild stay few without taking much of a 256 MB heap. */
    private static final double RAM_BUFFER_MB = 32;

    final Path folder;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    final IndexCommit lastCommit;

    private IndexFiles(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers,
                       IndexCommit lastCommit) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.lastCommit = lastCommit;
    }

    /** @throws IOException when the folder cannot be created or written at all */
    static IndexFiles open(Path folder) throws IOException {
        try {
            return tryOpen(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index in {} cannot be opened ({}); starting it anew", folder, e.toString());
            deleteTree(folder);
            return tryOpen(folder);
        }
    }

    private static IndexFiles tryOpen(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            IndexCommit last = DirectoryReader.indexExists(directory)
                    ? IndexCommit.of(SegmentInfos.readLatestCommit(directory).getUserData()) : IndexCommit.NONE;
            // documents kept in feed order inside each segment: a page stops after its first hits instead of
            // ranking every match (a common word has tens of thousands in a large artist's feed)
            IndexWriterConfig config = new IndexWriterConfig(PostDocuments.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setIndexSort(FeedQueries.FEED_ORDER);
            IndexWriter writer = new IndexWriter(directory, config);
            try {
                return new IndexFiles(folder, directory, writer, new SearcherManager(writer, null), last);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Commits with {@code state} as the commit's user data; one commit at a time, so data and commit pair up. */
    synchronized void commit(IndexCommit state) throws IOException {
        writer.setLiveCommitData(state.userData().entrySet());
        writer.commit();
    }

    /** Makes what was written visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Closes without committing; with {@code wipe}, deletes the folder so the next open rebuilds. */
    void close(boolean wipe) {
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the index searchers failed", e);
        }
        try {
            writer.rollback();
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the index writer failed", e);
        }
        if (wipe) {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                LOG.warn("Could not delete the damaged search index {}", folder, e);
            }
        }
    }

    @Override
    public void close() {
        close(false);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
