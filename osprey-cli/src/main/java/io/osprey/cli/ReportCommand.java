package io.osprey.cli;

import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.model.AuditEvent;
import io.osprey.report.messagetrace.MessageTraceRead;
import io.osprey.report.messagetrace.MessageTraceReader;
import io.osprey.rules.HuntException;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;
import io.osprey.store.CaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code osprey report CASE [--message-trace FILE...]}: the human report. The investigation runs again with the
 * request the last {@code osprey investigate} saved (its indicators, mailboxes and period), or without
 * indicators when the case has none, which the report then says; the hunt runs with the request's network and
 * session indicators as attacker contexts.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes CASE/reports/report.html, report.xlsx, timeline exports and the notification list.")
final class ReportCommand implements Callable<Integer> {
    static final String NO_EARLIER_INVESTIGATION = "No earlier osprey investigate ran on this case, so the report"
            + " ran the investigation without indicators: attribution rests on the suspicion rules alone. Run"
            + " osprey investigate CASE --ioc KIND:VALUE ... first, then osprey report, to attribute contexts to"
            + " the attacker.";

    private static final int SHOWN_REJECTIONS = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE")
    Path caseDirectory;

    @Option(names = "--message-trace", paramLabel = "FILE", arity = "1..*",
            description = "message trace exports (Get-MessageTrace/V2 CSV, Exchange admin center downloads) or"
                    + " folders of them: sender, recipients and subject of exposed messages, and sync exposure")
    List<Path> messageTraces = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
        try {
            MessageTraceRead trace = MessageTraceReader.readAll(messageTraces);
            List<AuditEvent> events = workflow.events();
            Optional<InvestigationRequest> saved =
                    InvestigationRequestFile.read(InvestigationRequestFile.in(workflow.investigationDir()));
            InvestigationRequest request = saved.orElseGet(() -> InvestigationRequest.builder().build());
            InvestigationResult investigation = workflow.investigate(request, events);
            if (saved.isEmpty()) {
                investigation = withCaveat(investigation, NO_EARLIER_INVESTIGATION);
            }
            out.println(saved.isPresent() ? "investigation: the request of the last osprey investigate ("
                    + request.iocs().size() + " indicators)" : "investigation: no earlier osprey investigate,"
                    + " ran without indicators");
            HuntResult hunt = workflow.hunt(HuntRequest.builder()
                    .attackerContexts(AttackerIndicators.of(request.iocs())).build(), events);
            if (!messageTraces.isEmpty()) {
                out.println("message trace: " + trace.rows().size() + " rows from " + trace.files().size()
                        + " files, " + trace.rejections().size() + " rows rejected");
            }
            trace.rejections().stream().limit(SHOWN_REJECTIONS).forEach(rejection -> spec.commandLine().getErr()
                    .println("osprey: message trace " + rejection.location().describe() + ": " + rejection.reason()));
            trace.unreadable().forEach(reason -> spec.commandLine().getErr().println("osprey: " + reason));
            out.println(workflow.report(investigation, hunt, events, trace.rows()));
            out.flush();
            return trace.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_NOT_READ;
        } catch (CaseException | IOException | HuntException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    private static InvestigationResult withCaveat(InvestigationResult result, String caveat) {
        List<String> caveats = new ArrayList<>();
        caveats.add(caveat);
        caveats.addAll(result.caveats());
        return new InvestigationResult(result.iocs(), result.periodStart(), result.periodEnd(), result.heuristicsRan(),
                result.mailboxes(), caveats);
    }
}
