package app.backline.persistence.repository;

import java.nio.file.Path;

/** Whole-store snapshots for backups: written while the store is in use, restored in place. */
public interface StoreSnapshots {

    /**
     * Writes a consistent snapshot of the whole store to {@code target} (a compressed SQL script), forced to disk.
     *
     * @throws app.backline.common.UserFacingException when the disk is full or the file cannot be written
     */
    void writeSnapshot(Path target);

    /**
     * Replaces everything in the store with the snapshot's content. Not transactional: callers take a
     * snapshot of the current state first and restore that one if this throws.
     *
     * @throws app.backline.common.UserFacingException when the file is not a Backline snapshot or cannot be read
     */
    void restoreSnapshot(Path source);

    /** What the store holds now. */
    StoreCounts counts();

    /**
     * @param artists artists on the roster
     * @param posts   posts over all artists
     */
    record StoreCounts(long artists, long posts) {
    }
}
