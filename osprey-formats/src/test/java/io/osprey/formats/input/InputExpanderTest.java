package io.osprey.formats.input;

import io.osprey.formats.InputHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputExpanderTest {
    private static final String TEXT = "{\"Id\":\"1\",\"Operation\":\"MailItemsAccessed\",\"Path\":\"\\\\Boîte de réception\"}\n";

    @TempDir
    Path dir;

    private final InputExpander expander = new InputExpander(InputLimits.defaults());

    @Test
    void foldersAreSearchedRecursivelyInSortedOrder() throws IOException {
        write("evidence/b.json", TEXT);
        write("evidence/a/z.json", TEXT);
        write("evidence/a/b/c.json", TEXT);
        write("evidence/a-b.json", TEXT);
        write("single.json", TEXT);

        try (EvidenceCatalog catalog = expander.expand(List.of(dir.resolve("single.json"), dir.resolve("evidence")))) {
            assertThat(displayPaths(catalog)).containsExactly(
                    dir.resolve("single.json").toString(),
                    dir.resolve("evidence/a-b.json").toString(),
                    dir.resolve("evidence/a/b/c.json").toString(),
                    dir.resolve("evidence/a/z.json").toString(),
                    dir.resolve("evidence/b.json").toString());
        }
    }

    @Test
    void theCaseDirectoryInsideAnEvidenceFolderIsLeftOut() throws IOException {
        write("evidence/a.json", TEXT);
        write("evidence/case/manifest.json", TEXT);
        Path caseDirectory = dir.resolve("evidence/case");

        try (EvidenceCatalog catalog = expander.expand(
                List.of(dir.resolve("evidence"), caseDirectory.resolve("manifest.json")), caseDirectory)) {
            assertThat(displayPaths(catalog)).containsExactly(dir.resolve("evidence/a.json").toString(),
                    caseDirectory.resolve("manifest.json").toString());
            assertThat(catalog.inputs().get(1)).isInstanceOfSatisfying(UnreadableInput.class,
                    input -> assertThat(input.reason()).isEqualTo("inside the case directory"));
        }
    }

    @Test
    void evidenceCollectedIntoTheCaseIsReadWhenNamed() throws IOException {
        write("case/evidence/graph-audit/page-00001.json", TEXT);
        write("case/manifest.json", TEXT);
        Path caseDirectory = dir.resolve("case");

        try (EvidenceCatalog catalog = expander.expand(List.of(caseDirectory.resolve("evidence"),
                caseDirectory.resolve("evidence/graph-audit/page-00001.json"), caseDirectory.resolve("manifest.json")),
                caseDirectory)) {
            assertThat(catalog.inputs()).hasSize(3);
            assertThat(catalog.inputs().subList(0, 2)).noneMatch(input -> input instanceof UnreadableInput);
            assertThat(catalog.inputs().get(2)).isInstanceOfSatisfying(UnreadableInput.class,
                    input -> assertThat(input.reason()).isEqualTo("inside the case directory"));
        }
    }

    @Test
    void missingPathIsUnreadable() {
        try (EvidenceCatalog catalog = expander.expand(List.of(dir.resolve("nope.csv")))) {
            assertThat(catalog.inputs()).singleElement().isInstanceOfSatisfying(UnreadableInput.class,
                    unreadable -> assertThat(unreadable.reason()).isEqualTo("no such file or directory"));
        }
    }

    @Test
    void gzipIsRecognizedByMagicBytesNotName() throws IOException {
        byte[] compressed = gzip(TEXT.repeat(3).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("export.log");
        Files.write(file, compressed);

        EvidenceText input = onlyText(file);
        assertThat(input.head().text()).isEqualTo(TEXT.repeat(3));
        assertThat(readAll(input)).isEqualTo(TEXT.repeat(3));
        assertThat(input.fingerprint()).isEqualTo(new Fingerprint(sha256(compressed), compressed.length));
    }

    @Test
    void plainFileFingerprintIsOfItsBytesAndComesFromTheReadPass() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Path file = write("plain.json", TEXT);
        EvidenceText input = onlyText(file);
        assertThat(readAll(input)).isEqualTo(TEXT);
        assertThat(input.fingerprint()).isEqualTo(new Fingerprint(sha256(bytes), bytes.length));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void zipMembersAreInputsWithArchiveDisplayPaths() throws IOException {
        Path zip = dir.resolve("export.zip");
        byte[] inner = TEXT.getBytes(StandardCharsets.UTF_8);
        writeZip(zip, new Member("logs/", null), new Member("logs/2026/b.json", inner),
                new Member("a.json.gz", gzip(inner)), new Member("logs/2026/", null));

        try (EvidenceCatalog catalog = expander.expand(List.of(zip))) {
            assertThat(displayPaths(catalog)).containsExactly(zip + "!/a.json.gz", zip + "!/logs/2026/b.json");
            EvidenceText gzipMember = (EvidenceText) catalog.inputs().get(0);
            EvidenceText member = (EvidenceText) catalog.inputs().get(1);
            assertThat(readAll(gzipMember)).isEqualTo(TEXT);
            assertThat(readAll(member)).isEqualTo(TEXT);
            assertThat(member.fingerprint()).isEqualTo(new Fingerprint(sha256(inner), inner.length));
            assertThat(member.head().complete()).isTrue();
        }
    }

    @Test
    void zipMemberWithUnsafePathIsNotRead() throws IOException {
        Path zip = dir.resolve("evil.zip");
        byte[] inner = TEXT.getBytes(StandardCharsets.UTF_8);
        writeZip(zip, new Member("../../etc/evil.json", inner), new Member("/abs.json", inner),
                new Member("ok/..\\..\\win.json", inner), new Member("good.json", inner));

        try (EvidenceCatalog catalog = expander.expand(List.of(zip))) {
            assertThat(catalog.inputs()).hasSize(4);
            assertThat(catalog.inputs()).filteredOn(UnreadableInput.class::isInstance)
                    .extracting(EvidenceInput::displayPath)
                    .containsExactly(zip + "!/../../etc/evil.json", zip + "!//abs.json", zip + "!/ok/..\\..\\win.json");
            assertThat(catalog.inputs()).filteredOn(UnreadableInput.class::isInstance)
                    .allSatisfy(input -> assertThat(((UnreadableInput) input).reason()).isEqualTo("unsafe path in archive"));
            assertThat(catalog.inputs()).filteredOn(EvidenceText.class::isInstance)
                    .extracting(EvidenceInput::displayPath).containsExactly(zip + "!/good.json");
        }
    }

    @Test
    void gzipBombStopsAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.json.gz");
        Files.write(bomb, gzip(new byte[4 * 1024 * 1024]));
        InputLimits small = new InputLimits(1024 * 1024, 64 * 1024, 10);

        try (EvidenceCatalog catalog = new InputExpander(small).expand(List.of(bomb))) {
            EvidenceText input = (EvidenceText) catalog.inputs().get(0);
            assertThatThrownBy(() -> readAll(input)).isInstanceOf(DecompressionLimitException.class)
                    .hasMessageStartingWith("decompressed size exceeds limit");
        }
    }

    @Test
    void ratioRuleBoundsSmallArchivesByTheirCompressedSize() {
        InputLimits limits = new InputLimits(8 * InputLimits.GIBIBYTE, 100 * InputLimits.MEBIBYTE, 200);
        assertThat(limits.decompressedLimit(1000)).isEqualTo(100 * InputLimits.MEBIBYTE);
        assertThat(limits.decompressedLimit(InputLimits.GIBIBYTE)).isEqualTo(8 * InputLimits.GIBIBYTE);
        assertThat(limits.decompressedLimit(10 * InputLimits.MEBIBYTE)).isEqualTo(2000 * InputLimits.MEBIBYTE);
    }

    @Test
    void zipMemberLargerThanTheLimitIsNotRead() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        writeZip(zip, new Member("zeros.json", new byte[2 * 1024 * 1024]));
        InputLimits small = new InputLimits(1024 * 1024, 64 * 1024, 10);

        try (EvidenceCatalog catalog = new InputExpander(small).expand(List.of(zip))) {
            assertThat(catalog.inputs()).singleElement().isInstanceOfSatisfying(UnreadableInput.class,
                    input -> assertThat(input.reason()).isEqualTo("decompressed size exceeds limit"));
        }
    }

    @Test
    void nestedZipIsReportedNotRead() throws IOException {
        Path inner = dir.resolve("inner.zip");
        writeZip(inner, new Member("a.json", TEXT.getBytes(StandardCharsets.UTF_8)));
        Path outer = dir.resolve("outer.zip");
        writeZip(outer, new Member("inner.zip", Files.readAllBytes(inner)));

        try (EvidenceCatalog catalog = expander.expand(List.of(outer))) {
            EvidenceText input = (EvidenceText) catalog.inputs().get(0);
            assertThatThrownBy(input::openReader).isInstanceOf(UnreadableContentException.class)
                    .hasMessageContaining("zip archive inside");
        }
    }

    @Test
    void utf8ByteOrderMarkIsRemoved() throws IOException {
        assertDecodes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8);
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecoded() throws IOException {
        assertDecodes(new byte[]{(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecoded() throws IOException {
        assertDecodes(new byte[]{(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognizedFromAsciiStart() throws IOException {
        assertDecodes(new byte[0], StandardCharsets.UTF_16LE);
    }

    @Test
    void emptyAndTinyInputsDecode() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        InputHead head = onlyText(empty).head();
        assertThat(head.text()).isEmpty();
        assertThat(head.complete()).isTrue();
        Path one = write("one.csv", "x");
        assertThat(onlyText(one).head().text()).isEqualTo("x");
    }

    @Test
    void headIsBoundedAndMarkedIncomplete() throws IOException {
        Path big = write("big.jsonl", TEXT.repeat(2000));
        InputHead head = onlyText(big).head();
        assertThat(head.text()).hasSize(InputHead.SIZE);
        assertThat(head.complete()).isFalse();
    }

    private void assertDecodes(byte[] mark, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(mark);
        bytes.write(TEXT.getBytes(charset));
        Path file = dir.resolve("encoded-" + charset.name() + mark.length + ".json");
        Files.write(file, bytes.toByteArray());
        EvidenceText input = onlyText(file);
        assertThat(input.head().text()).isEqualTo(TEXT);
        assertThat(readAll(input)).isEqualTo(TEXT);
    }

    private EvidenceText onlyText(Path file) {
        try (EvidenceCatalog catalog = expander.expand(List.of(file))) {
            return (EvidenceText) catalog.inputs().get(0);
        }
    }

    private static String readAll(EvidenceText input) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = input.openReader()) {
            char[] buffer = new char[4096];
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, read);
            }
        }
        return text.toString();
    }

    private static List<String> displayPaths(EvidenceCatalog catalog) {
        return catalog.inputs().stream().map(EvidenceInput::displayPath).toList();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private record Member(String name, byte[] bytes) {
    }

    private static void writeZip(Path zip, Member... members) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Member member : members) {
                out.putNextEntry(new ZipEntry(member.name()));
                if (member.bytes() != null) {
                    out.write(member.bytes());
                }
                out.closeEntry();
            }
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(DigestingInputStream.newSha256().digest(bytes));
    }
}
