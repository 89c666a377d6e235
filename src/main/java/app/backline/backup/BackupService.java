package app.backline.backup;

import app.backline.common.DiskFull;
import app.backline.common.UserFacingException;
import app.backline.persistence.repository.StoreSnapshots;
import app.backline.persistence.repository.StoreSnapshots.StoreCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the whole store in {@code <data dir>/backups}: at most one a day automatically, any time by
 * hand, the newest {@value #KEEP} kept. A backup is written under a temporary name, forced to disk, and
 * only then renamed, so a crash mid-backup leaves the earlier backups as they were. Media copies are not
 * part of a backup: they never change once written and a restore keeps them.
 */
public final class BackupService {

    /** Backups kept; older ones are deleted after each new one. */
    public static final int KEEP = 7;
    private static final Duration DAILY = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final StoreSnapshots store;
    private final BackupFiles files;
    private final Clock clock;

    public BackupService(StoreSnapshots store, Path backupFolder, Clock clock) {
        this.store = store;
        this.files = new BackupFiles(backupFolder);
        this.clock = clock;
    }

    /** Finished backups, newest first. */
    public List<BackupInfo> list() {
        return files.list();
    }

    /** What the store holds now: what a restore would replace. */
    public LibraryCounts current() {
        StoreCounts counts = store.counts();
        return new LibraryCounts(counts.artists(), counts.posts());
    }

    /** True when the newest backup is 24 hours old or older, or there is none. */
    public boolean isDue() {
        List<BackupInfo> all = list();
        return all.isEmpty() || !all.get(0).createdAt().plus(DAILY).isAfter(clock.instant());
    }

    /**
     * Takes a backup now, then keeps only the newest {@value #KEEP}.
     *
     * @throws UserFacingException when the disk is full or the folder cannot be written; earlier backups stay
     */
    public BackupInfo backupNow() {
        return backup(null);
    }

    /**
     * Replaces the whole store with the backup. Takes a backup of the current state first; if restoring
     * fails, puts that one back, so the store is never left half-restored.
     *
     * @return the backup of the state before the restore
     * @throws UserFacingException when the backup cannot be read; the store is as it was
     */
    public BackupInfo restore(BackupInfo backup) {
        BackupInfo before = backup(backup.file());
        try {
            store.restoreSnapshot(backup.file());
            LOG.info("Restored {} ({} posts)", backup.file().getFileName(), backup.posts());
            return before;
        } catch (RuntimeException e) {
            LOG.warn("Restore from {} failed; putting back {}", backup.file(), before.file(), e);
            store.restoreSnapshot(before.file());
            throw e instanceof UserFacingException u ? u
                    : new UserFacingException("Could not restore " + backup.file().getFileName() + ": nothing changed", e);
        }
    }

    private BackupInfo backup(Path keep) {
        Instant at = clock.instant();
        Path partial = files.partialFile(at);
        Path target = files.finalFile(at);
        try {
            Files.createDirectories(files.folder());
            files.removePartials();
            StoreCounts counts = store.counts();
            store.writeSnapshot(partial);
            files.writeSummary(target, counts.artists(), counts.posts());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune(keep);
            LOG.info("Backed up {} posts to {}", counts.posts(), target);
            return new BackupInfo(target, at.with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0),
                    Files.size(target), counts.artists(), counts.posts());
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UserFacingException(DiskFull.causedBy(e) ? "The disk is full: the backup was not written. "
                    + "Free some space and try again" : "Could not write the backup: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private void prune(Path keep) throws IOException {
        List<BackupInfo> all = list();
        for (BackupInfo old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            if (!old.file().equals(keep)) {
                Files.deleteIfExists(old.file());
                Files.deleteIfExists(BackupFiles.summaryOf(old.file()));
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover partial is removed before the next backup
        }
    }
}
