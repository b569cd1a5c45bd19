package io.osprey.formats.input;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** An open zip archive (read-only, via its central directory) whose members are inputs. */
final class ZipArchive implements Closeable {
    private final ZipFile zipFile;

    private ZipArchive(ZipFile zipFile) {
        this.zipFile = zipFile;
    }

    static ZipArchive open(Path path) throws IOException {
        return new ZipArchive(ZipFile.builder().setPath(path).get());
    }

    /** The file members (folders left out), sorted by name. */
    List<ZipArchiveEntry> fileEntries() {
        List<ZipArchiveEntry> entries = new ArrayList<>();
        for (ZipArchiveEntry entry : Collections.list(zipFile.getEntries())) {
            if (!entry.isDirectory()) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(ZipArchiveEntry::getName));
        return entries;
    }

    boolean canRead(ZipArchiveEntry entry) {
        return zipFile.canReadEntryData(entry);
    }

    InputStream open(ZipArchiveEntry entry) throws IOException {
        return zipFile.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zipFile.close();
    }
}
