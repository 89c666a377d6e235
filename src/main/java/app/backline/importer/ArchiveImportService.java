package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.ConnectionType;
import app.backline.domain.PostDraft;
import app.backline.enrichment.CaptionEntityExtractor;
import app.backline.enrichment.EnrichmentService;
import app.backline.domain.ArtistRef;
import app.backline.persistence.repository.IngestBatch;
import app.backline.persistence.repository.IngestResult;
import app.backline.persistence.repository.PostRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports artists' data-export archives (X, Instagram, YouTube Takeout, TikTok, LinkedIn) into the store.
 *
 * <p>Steps: open the archive (zip file or folder) and check it against {@link ArchiveLimits}; detect the
 * platform from the layout; parse every post; copy the media files the archive holds into a staging
 * folder; store the posts in one {@link PostRepository#ingest} transaction; then move the media copies
 * in place. A refusal, a failure or a cancel at any step leaves the store and the data directory as
 * they were. Re-importing the same archive adds nothing: post ids and media file names are stable.
 * Safe to call from a worker thread; one import at a time per archive.
 */
public final class ArchiveImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveImportService.class);

    private final PostRepository posts;
    private final Path dataDir;
    private final Clock clock;
    private final ArchiveOpener opener;
    private final ArchiveDetector detector;
    private final MediaStager stager;
    private final EnrichmentService enrichment;

    /**
     * @param posts    the store's post repository
     * @param dataDir  the data directory; media copies go under {@code <dataDir>/media/}
     * @param entities   caption entity extraction, used where the archive has no entities of its own
     * @param enrichment tags and summary for every post before it is stored
     * @param clock      time source for {@link ImportReport#elapsedMillis()}
     */
    public ArchiveImportService(PostRepository posts, Path dataDir, CaptionEntityExtractor entities,
                                EnrichmentService enrichment, Clock clock) {
        this(posts, dataDir, entities, enrichment, clock, ArchiveLimits.DEFAULT);
    }

    ArchiveImportService(PostRepository posts, Path dataDir, CaptionEntityExtractor entities,
                         EnrichmentService enrichment, Clock clock, ArchiveLimits limits) {
        this.posts = posts;
        this.enrichment = enrichment;
        this.dataDir = dataDir;
        this.clock = clock;
        this.opener = new ArchiveOpener(limits);
        this.detector = new ArchiveDetector(ArchiveReaders.all(entities, limits));
        this.stager = new MediaStager(dataDir);
    }

    /**
     * Removes media copies staged by an import that a crash cut off. Call once when the store opens,
     * before any import starts.
     */
    public void removeCrashLeftovers() {
        try {
            int removed = stager.removeLeftovers();
            if (removed > 0) {
                LOG.info("Removed {} media staging folders left by an interrupted import", removed);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove media staging folders in {}: {}", dataDir, e.getMessage());
        }
    }

    /**
     * Imports one archive (zip file or unpacked folder), platform detected from the layout, in one
     * transaction. Idempotent. Progress goes through reading, copying media and saving posts.
     *
     * @param archive a zip file or a folder
     * @param artist  whose posts these are; a new name creates the artist inside the transaction
     * @return counts of what was read and written
     * @throws ArchiveRejectedException with a one-line plain-words reason; nothing written
     * @throws app.backline.common.CancelledException when progress is cancelled; nothing written
     */
    public ImportReport importArchive(Path archive, ArtistRef artist, Progress progress) {
        long start = clock.millis();
        String name = String.valueOf(archive.getFileName());
        try (ArchiveSource source = opener.open(archive)) {
            progress.report(0, -1, "Opening " + name);
            ArchiveDetector.Match match = detector.detect(source);
            ParsedArchive parsed = match.reader().read(source, match.root(), progress);
            List<ArchivePost> unique = distinct(parsed.posts(), name);
            progress.checkCancelled();
            StagedMedia media = stager.stage(source, parsed, unique, progress);
            IngestResult result = ingest(parsed, media, artist, progress);
            publish(media);
            ImportReport report = new ImportReport(archive, parsed.platform(), parsed.identity().handle(),
                    result.artistId(), unique.size(), result.added(), result.updated(), result.unchanged(),
                    media.copied(), media.missing(), clock.millis() - start);
            progress.report(unique.size(), unique.size(), "Imported " + unique.size() + " posts");
            LOG.info("Imported {}: {}", name, report);
            return report;
        } catch (IOException | UncheckedIOException e) {
            throw new ArchiveRejectedException("Could not import " + name + ": " + e.getMessage(), e);
        }
    }

    private IngestResult ingest(ParsedArchive parsed, StagedMedia media, ArtistRef artist, Progress progress) {
        try {
            progress.checkCancelled();
            progress.report(0, media.drafts().size(), "Saving posts");
            // tagging is stateless and CPU-bound: the store tags the next chunk on every core while it writes one
            return posts.ingest(new IngestBatch(artist, parsed.identity(), ConnectionType.IMPORT, media.drafts(),
                    enrichment::enrich), progress);
        } catch (RuntimeException e) {
            media.discard();
            throw e;
        }
    }

    /** The posts are stored: a media file that cannot be moved in place becomes a placeholder, not a failure. */
    private void publish(StagedMedia media) {
        try {
            media.publish(dataDir);
        } catch (IOException e) {
            LOG.warn("Stored the posts but could not move media copies into {}: {}", dataDir, e.getMessage());
            media.discard();
        }
    }

    /**
     * One post per identity: the platform id, or for archives without ids the posting second (which is
     * what the store derives the id from). The first occurrence wins.
     */
    private static List<ArchivePost> distinct(List<ArchivePost> posts, String archiveName) {
        Set<String> seen = new HashSet<>();
        List<ArchivePost> unique = new ArrayList<>(posts.size());
        for (ArchivePost post : posts) {
            String id = post.draft().externalPostId();
            if (seen.add(id != null ? "id:" + id : "at:" + post.draft().postedAt().getEpochSecond())) {
                unique.add(post);
            }
        }
        if (unique.size() < posts.size()) {
            LOG.warn("{} holds {} posts twice (same id or same posting second); kept the first of each",
                    archiveName, posts.size() - unique.size());
        }
        return unique;
    }
}
