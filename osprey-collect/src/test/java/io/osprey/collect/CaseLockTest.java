package io.osprey.collect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseLockTest {
    @TempDir
    Path caseDirectory;

    @Test
    void aSecondCollectorOnTheSameCaseIsRefusedUntilTheFirstIsDone() throws Exception {
        try (CaseLock first = CaseLock.acquire(caseDirectory)) {
            assertThatThrownBy(() -> CaseLock.acquire(caseDirectory)).isInstanceOf(CollectException.class)
                    .hasMessageContaining("another osprey collect is running");
        }
        CaseLock.acquire(caseDirectory).close();
    }
}
