package app.backline.app;

import app.backline.common.UserFacingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code <data dir>/backline.lock}, held for as long as one Backline (GUI or CLI) uses
 * that data directory, so a second one gets a plain message instead of an H2 "file in use" error. The
 * OS releases it when the process dies, so a crash never leaves a stale lock.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws UserFacingException "Backline is already running on DIR" when another process holds it,
     *                             or a plain reason when the data directory cannot be written
     */
    public static InstanceLock acquire(Path dataDir, Path lockFile) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyRunning(dataDir);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyRunning(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserFacingException("Cannot use the data folder " + dataDir + ": " + e.getMessage(), e);
        } catch (UserFacingException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static UserFacingException alreadyRunning(Path dataDir) {
        return new UserFacingException("Backline is already running on " + dataDir
                + ": close it first, or use another data folder with --data-dir");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock attempt already failed; nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
