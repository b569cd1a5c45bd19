package io.osprey.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file written under a temporary name in the target's folder and moved into place when complete. */
public final class AtomicFile {
    private final Path target;
    private final Path temporary;

    public AtomicFile(Path target) throws IOException {
        this.target = target;
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        this.temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    }

    public Path temporary() {
        return temporary;
    }

    public void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public void discard() throws IOException {
        Files.deleteIfExists(temporary);
    }
}
