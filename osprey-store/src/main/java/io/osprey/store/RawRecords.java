package io.osprey.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads raw AuditData texts back from a case's {@link RecordLog} by run, offset and length. Keeps one open
 * channel per run file; close it when done.
 */
public final class RawRecords implements AutoCloseable {
    private final Path caseDirectory;
    private final Map<Long, FileChannel> channels = new HashMap<>();

    public RawRecords(Path caseDirectory) {
        this.caseDirectory = caseDirectory;
    }

    /** The raw JSON text stored for an event. */
    public String read(long runId, long offset, int length) throws IOException {
        FileChannel channel = channels.get(runId);
        if (channel == null) {
            channel = FileChannel.open(RecordLog.runFile(caseDirectory, runId), StandardOpenOption.READ);
            channels.put(runId, channel);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the record log " + RecordLog.runFile(caseDirectory, runId)
                        + " ends before byte " + (offset + length) + ": the case is damaged");
            }
            position += read;
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        for (FileChannel channel : channels.values()) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a read-only channel loses nothing
            }
        }
        channels.clear();
    }
}
