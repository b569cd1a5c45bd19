package io.osprey.cli;

import io.osprey.analysis.Ioc;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.Mailboxes;
import io.osprey.model.AuditEvent;
import io.osprey.simulate.Scenario;
import io.osprey.store.CaseEventsByMailbox;
import io.osprey.store.CaseStore;
import io.osprey.report.InvestigationWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The investigation streamed from the store one mailbox at a time equals the one over every event in memory. */
class CaseWorkflowStreamingTest {
    @TempDir
    Path temp;

    @Test
    void streamedPerMailboxEqualsInMemoryAndEachGroupIsOneMailbox() throws Exception {
        SimulatedCase simulated = SimulatedCase.create(Scenario.FULL, 12, 2, temp);
        CaseWorkflow workflow = new CaseWorkflow(simulated.caseDirectory());
        InvestigationRequest.Builder builder = InvestigationRequest.builder();
        simulated.truth().iocs().forEach(ioc -> builder.ioc(Ioc.parse(ioc)));
        InvestigationRequest request = builder.build();

        workflow.investigate(request, workflow.events());
        Map<String, byte[]> inMemory = files(workflow.investigationDir());
        workflow.investigate(request);
        Map<String, byte[]> streamed = files(workflow.investigationDir());

        assertThat(streamed.keySet()).containsExactlyElementsOf(InvestigationWriter.FILES);
        streamed.forEach((name, bytes) -> assertThat(new String(bytes)).as(name).isEqualTo(new String(inMemory.get(name))));

        Set<String> seen = new HashSet<>();
        try (CaseStore store = CaseStore.open(simulated.caseDirectory());
             CaseEventsByMailbox.Groups groups = CaseEventsByMailbox.all(store)) {
            for (List<AuditEvent> group : groups) {
                Set<String> keys = new HashSet<>();
                group.forEach(event -> keys.add(Mailboxes.keyOf(event)));
                assertThat(keys).hasSize(1);
                assertThat(seen.add(keys.iterator().next())).as("one group per mailbox").isTrue();
                List<AuditEvent> sorted = new ArrayList<>(group);
                sorted.sort(java.util.Comparator.comparing(AuditEvent::creationTime));
                assertThat(group).extracting(AuditEvent::creationTime)
                        .containsExactlyElementsOf(sorted.stream().map(AuditEvent::creationTime).toList());
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(12);
    }

    private static Map<String, byte[]> files(Path directory) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : InvestigationWriter.FILES) {
            files.put(name, Files.readAllBytes(directory.resolve(name)));
        }
        return files;
    }
}
