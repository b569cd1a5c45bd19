package io.osprey.collect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps two collectors from writing the same case at once (a lock on {@code CASE/.collect.lock}). */
final class CaseLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private CaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static CaseLock acquire(Path caseDirectory) throws IOException {
        Files.createDirectories(caseDirectory);
        FileChannel channel = FileChannel.open(caseDirectory.resolve(".collect.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new CollectException("another osprey collect is running on " + caseDirectory);
        }
        return new CaseLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
