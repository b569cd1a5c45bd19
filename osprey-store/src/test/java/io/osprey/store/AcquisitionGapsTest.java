package io.osprey.store;

import io.osprey.model.CoverageGap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcquisitionGapsTest {
    @TempDir
    Path caseDirectory;

    @Test
    void readsTheHolesOfEveryAcquisitionOnce() throws IOException {
        Files.writeString(caseDirectory.resolve("acquisition.json"), """
                {"formatVersion": 1, "acquisitions": [
                  {"fingerprint": "aaa", "holes": [
                    {"source": "audit", "startUtc": "2024-03-02T00:00:00Z", "endUtc": "2024-03-03T00:00:00Z",
                     "unit": "20240302T000000Z_20240303T000000Z", "reason": "the query could not be completed"},
                    {"source": "directory", "unit": "servicePrincipals", "reason": "could not be collected: 503"}]},
                  {"fingerprint": "bbb", "holes": [
                    {"source": "audit", "startUtc": "2024-03-02T00:00:00Z", "endUtc": "2024-03-03T00:00:00Z",
                     "unit": "20240302T000000Z_20240303T000000Z", "reason": "the query could not be completed"}]},
                  {"fingerprint": "ccc", "holes": []}]}
                """);

        assertThat(AcquisitionGaps.read(caseDirectory)).containsExactly(
                new CoverageGap("audit", Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-03-03T00:00:00Z"),
                        "20240302T000000Z_20240303T000000Z", "the query could not be completed"),
                new CoverageGap("directory", null, null, "servicePrincipals", "could not be collected: 503"));
    }

    @Test
    void aCaseThatWasNotCollectedHasNoGaps() throws IOException {
        assertThat(AcquisitionGaps.read(caseDirectory)).isEmpty();
    }

    @Test
    void aMalformedManifestIsAnErrorNamingTheFile() throws IOException {
        Files.writeString(caseDirectory.resolve("acquisition.json"), """
                {"acquisitions": [{"holes": [{"source": "audit", "startUtc": "yesterday", "endUtc": "today",
                 "unit": "u", "reason": "r"}]}]}
                """);

        assertThatThrownBy(() -> AcquisitionGaps.read(caseDirectory)).isInstanceOf(IOException.class)
                .hasMessageContaining("acquisition.json").hasMessageContaining("malformed");
    }
}
