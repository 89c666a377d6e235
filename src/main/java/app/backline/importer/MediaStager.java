package app.backline.importer;

import app.backline.common.Progress;
import app.backline.domain.AccountIdentity;
import app.backline.domain.Media;
import app.backline.domain.PostDraft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Resolves each post's media to a local copy in the data directory or a placeholder.
 *
 * <p>A copy lives at {@code media/<platform>/<account key>/<file name>} under the data directory.
 * The account key is the platform's user id, else the lower-cased handle, else {@code unknown}; the
 * file name is the archive's own (X: {@code <tweetId>-<name>}, Instagram: a name carrying the media
 * id), restricted to safe characters. Both are stable, so a re-import maps every item to the same path.
 * A file already there with the same size is kept, so re-imports copy nothing twice.
 *
 * <p>New copies are first written to a staging folder in the data directory
 * ({@code .media-staging-<random>}) and moved in place only by {@link StagedMedia#publish}, after the
 * posts are stored; {@link StagedMedia#discard()} removes them, so a refused or cancelled import
 * leaves no file behind.
 */
final class MediaStager {

    private static final int REPORT_EVERY = 50;

    private final Path dataDir;

    MediaStager(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Deletes staging folders an import left behind when the process died before it could publish or
     * discard them. Call only while no import runs (the data directory's lock keeps other processes out).
     *
     * @return how many folders were removed
     */
    int removeLeftovers() throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return 0;
        }
        int removed = 0;
        try (java.nio.file.DirectoryStream<Path> leftovers = Files.newDirectoryStream(dataDir, ".media-staging-*")) {
            for (Path folder : leftovers) {
                new StagedMedia(folder).discard();
                removed++;
            }
        }
        return removed;
    }

    /**
     * @return drafts with resolved media, in the order of {@code posts}, and the staged copies
     * @throws app.backline.common.CancelledException when cancelled; what was staged is removed
     */
    StagedMedia stage(ArchiveSource source, ParsedArchive archive, List<ArchivePost> posts, Progress progress)
            throws IOException {
        long total = posts.stream().mapToLong(p -> p.media().size()).sum();
        StagedMedia staged = new StagedMedia(dataDir.resolve(".media-staging-" + UUID.randomUUID()));
        try {
            String folder = "media/" + archive.platform().key() + "/" + accountKey(archive.identity()) + "/";
            List<PostDraft> drafts = new ArrayList<>(posts.size());
            long done = 0;
            if (total > 0) {
                progress.report(0, total, "Copying media");
            }
            for (ArchivePost post : posts) {
                List<Media> media = new ArrayList<>(post.media().size());
                for (MediaRef ref : post.media()) {
                    media.add(resolve(source, ref, folder, staged));
                    if (++done % REPORT_EVERY == 0) {
                        progress.checkCancelled();
                        progress.report(done, total, "Copying media");
                    }
                }
                drafts.add(post.withMedia(media));
            }
            staged.setDrafts(drafts);
            if (total > 0) {
                progress.report(total, total, "Copying media");
            }
            return staged;
        } catch (IOException | RuntimeException e) {
            staged.discard();
            throw e;
        }
    }

    private Media resolve(ArchiveSource source, MediaRef ref, String folder, StagedMedia staged)
            throws IOException {
        for (String entry : ref.archivePaths()) {
            if (source.contains(entry)) {
                String relative = folder + safeFileName(EntryNames.baseName(entry));
                Path target = dataDir.resolve(relative);
                long size = source.size(entry);
                if (!staged.isStaged(relative) && !(Files.isRegularFile(target) && Files.size(target) == size)) {
                    staged.add(relative, copy(source, entry, size, staged));
                }
                staged.countCopied();
                return new Media(ref.type(), ref.remoteUrl(), relative);
            }
        }
        staged.countMissing();
        return new Media(ref.type(), ref.remoteUrl(), null);
    }

    private static Path copy(ArchiveSource source, String entry, long size, StagedMedia staged) throws IOException {
        Path temp = staged.newFile();
        try (InputStream in = source.open(entry, size >= 0 ? size : Long.MAX_VALUE)) {
            Files.copy(in, temp);
        }
        return temp;
    }

    /** Platform user id, else lower-cased handle, else {@code unknown}; restricted to safe characters. */
    static String accountKey(AccountIdentity identity) {
        if (identity.externalUserId() != null) {
            return safeFileName(identity.externalUserId());
        }
        return identity.handle() != null ? safeFileName(identity.handle().toLowerCase(Locale.ROOT)) : "unknown";
    }

    /** Letters, digits, {@code . _ -} kept, anything else {@code _}; no leading dot; at most 150 chars. */
    static String safeFileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "_");
        if (safe.length() > 150) {
            safe = safe.substring(safe.length() - 150);
        }
        return safe.isEmpty() ? "_" : safe;
    }
}
