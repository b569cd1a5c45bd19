package io.osprey.formats.input;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Expands the paths given to {@code ingest} into inputs: files as they are, folders searched recursively in
 * sorted order, zip archives (recognized by their {@code PK\3\4} magic) member by member with display paths
 * {@code archive.zip!/member/path}. Gzip is recognized later, by {@link EvidenceText}, from the content.
 * Nothing is written; evidence is opened read-only.
 */
public final class InputExpander {
    /** The folder of a case that {@code osprey collect} writes evidence into. */
    public static final String CASE_EVIDENCE = "evidence";

    private final InputLimits limits;

    public InputExpander(InputLimits limits) {
        this.limits = limits;
    }

    public EvidenceCatalog expand(List<Path> paths) {
        return expand(paths, null);
    }

    /**
     * Expands the paths, leaving out the folder {@code skipped} (the case being written, when the evidence
     * folder holds it): folders searched skip it silently, a file inside it given by name is unreadable. Its
     * {@value #CASE_EVIDENCE} folder (what {@code osprey collect} acquired into the case) is evidence, though,
     * when named.
     */
    public EvidenceCatalog expand(List<Path> paths, Path skipped) {
        Path skippedFolder = skipped == null ? null : skipped.toAbsolutePath().normalize();
        Path caseEvidence = skippedFolder == null ? null : skippedFolder.resolve(CASE_EVIDENCE);
        List<EvidenceInput> inputs = new ArrayList<>();
        List<ZipArchive> archives = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (skippedFolder != null && absolute.startsWith(skippedFolder) && !absolute.startsWith(caseEvidence)) {
                inputs.add(new UnreadableInput(path.toString(), "inside the case directory", null));
            } else if (Files.isDirectory(path)) {
                walkFolder(path, skippedFolder, inputs, archives);
            } else if (Files.exists(path)) {
                addFile(path, path.toString(), inputs, archives);
            } else {
                inputs.add(new UnreadableInput(path.toString(), "no such file or directory", null));
            }
        }
        return new EvidenceCatalog(inputs, archives);
    }

    private void walkFolder(Path folder, Path skippedFolder, List<EvidenceInput> inputs, List<ZipArchive> archives) {
        TreeMap<String, Path> files = new TreeMap<>();
        List<UnreadableInput> failures = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    boolean skip = skippedFolder != null && directory.toAbsolutePath().normalize().equals(skippedFolder);
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() || Files.isRegularFile(file)) {
                        files.put(file.toString(), file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new UnreadableInput(file.toString(), reason(e), null));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new UnreadableInput(folder.toString(), reason(e), null));
        }
        for (Path file : files.values()) {
            addFile(file, file.toString(), inputs, archives);
        }
        inputs.addAll(failures);
    }

    private void addFile(Path file, String displayPath, List<EvidenceInput> inputs, List<ZipArchive> archives) {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        } catch (IOException e) {
            inputs.add(new UnreadableInput(displayPath, reason(e), null));
            return;
        }
        if (!TextDecoding.isZip(magic)) {
            inputs.add(new EvidenceText(displayPath, new FileSource(file), limits));
            return;
        }
        ZipArchive archive;
        try {
            archive = ZipArchive.open(file);
        } catch (IOException e) {
            inputs.add(new UnreadableInput(displayPath, "damaged zip archive: " + reason(e), null));
            return;
        }
        archives.add(archive);
        for (ZipArchiveEntry entry : archive.fileEntries()) {
            inputs.add(member(archive, entry, displayPath + "!/" + entry.getName()));
        }
    }

    private EvidenceInput member(ZipArchive archive, ZipArchiveEntry entry, String displayPath) {
        if (ArchivePaths.isUnsafe(entry.getName())) {
            return new UnreadableInput(displayPath, UnreadableInput.UNSAFE_PATH, null);
        }
        if (entry.isUnixSymlink()) {
            return new UnreadableInput(displayPath, "symbolic link in archive", null);
        }
        if (!archive.canRead(entry)) {
            return new UnreadableInput(displayPath, "encrypted or unsupported compression in archive", null);
        }
        long limit = limits.decompressedLimit(Math.max(entry.getCompressedSize(), 0));
        if (entry.getSize() > limit) {
            return new UnreadableInput(displayPath, DecompressionLimitException.REASON, null);
        }
        return new EvidenceText(displayPath, new ZipMemberSource(archive, entry, limits), limits);
    }

    /** A short reason for an I/O failure, fit for the ingest summary. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof DecompressionLimitException) {
            return DecompressionLimitException.REASON;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
