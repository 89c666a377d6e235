package app.backline.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file.
 *
 * @param createdAt when it was taken, UTC (from the file name)
 * @param sizeBytes file size in bytes
 * @param artists   artists it holds, -1 when its summary file is missing
 * @param posts     posts it holds, -1 when its summary file is missing
 */
public record BackupInfo(Path file, Instant createdAt, long sizeBytes, long artists, long posts) {
}
