package io.osprey.collect.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceStoreTest {
    @TempDir
    Path root;

    @Test
    void aFileGetsItsNameOnlyWhenCommitted() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        try (EvidenceWriter writer = store.open("a/b.json.gz", true)) {
            writer.stream().write("[1]".getBytes(StandardCharsets.UTF_8));
            assertThat(root.resolve("a/b.json.gz")).doesNotExist();
            WrittenFile written = writer.commit();
            assertThat(written.bytes()).isEqualTo(Files.size(root.resolve("a/b.json.gz")));
            assertThat(written).isEqualTo(store.describe("a/b.json.gz"));
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve("a/b.json.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("[1]");
        }
        try (var files = Files.list(root.resolve("a"))) {
            assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("b.json.gz");
        }
    }

    @Test
    void anAbandonedFileLeavesNothingBehind() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        try (EvidenceWriter writer = store.open("c.json", false)) {
            writer.stream().write('x');
        }
        try (var files = Files.list(root)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        WrittenFile first = store.write("one.gz", true, "same".getBytes(StandardCharsets.UTF_8));
        WrittenFile second = store.write("two.gz", true, "same".getBytes(StandardCharsets.UTF_8));
        assertThat(first.sha256()).isEqualTo(second.sha256());
    }

    @Test
    void refusesPathsOutsideTheEvidenceFolder() {
        EvidenceStore store = new EvidenceStore(root);
        assertThatThrownBy(() -> store.resolve("../escape.json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void safeNamesKeepContentIdsReadableAndLongNamesUnique() {
        assertThat(SafeNames.of("1234$5678$abc_def$XYZ$emea0026")).isEqualTo("1234_5678_abc_def_XYZ_emea0026");
        assertThat(SafeNames.of("..hidden")).isEqualTo("_.hidden");
        String longA = "a".repeat(300) + "1";
        String longB = "a".repeat(300) + "2";
        assertThat(SafeNames.of(longA)).hasSize(150).isNotEqualTo(SafeNames.of(longB));
    }
}
