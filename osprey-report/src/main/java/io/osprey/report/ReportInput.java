package io.osprey.report;

import io.osprey.analysis.InvestigationResult;
import io.osprey.model.AuditEvent;
import io.osprey.report.messagetrace.MessageTraceRow;
import io.osprey.rules.HuntResult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the human report is made from.
 *
 * @param caseName      the case's name as shown in the report title (e.g. the case folder's name)
 * @param generatedAt   when the report is made (shown, never used in computations), or null to leave it out
 * @param investigation the MailItemsAccessed playbook's result
 * @param hunt          the hunt's result, or null when no hunt ran
 * @param manifest      the evidence files of the case
 * @param messageTrace  message trace rows to resolve accessed messages with (may be empty)
 * @param events        the case's normalized events for the timeline exports; iterated once, streamed
 */
public record ReportInput(String caseName, Instant generatedAt, InvestigationResult investigation, HuntResult hunt,
                          List<ManifestFile> manifest, List<MessageTraceRow> messageTrace,
                          Iterable<AuditEvent> events) {
    public ReportInput {
        Objects.requireNonNull(investigation, "investigation");
        caseName = caseName == null || caseName.isBlank() ? "Osprey case" : caseName;
        manifest = List.copyOf(manifest);
        messageTrace = messageTrace == null ? List.of() : List.copyOf(messageTrace);
        events = events == null ? List.of() : events;
    }

    public Optional<HuntResult> huntResult() {
        return Optional.ofNullable(hunt);
    }
}
