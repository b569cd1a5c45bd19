package io.osprey.cli;

import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.model.AuditEvent;
import io.osprey.rules.HuntException;
import io.osprey.rules.HuntRequest;
import io.osprey.rules.HuntResult;
import io.osprey.store.CaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code osprey report CASE}: the human report, from a fresh investigation (no IOCs) and hunt of the case. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes CASE/reports/report.html, report.xlsx, timeline exports and the notification list.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE")
    Path caseDirectory;

    @Override
    public Integer call() {
        CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
        try {
            List<AuditEvent> events = workflow.events();
            InvestigationResult investigation = workflow.investigate(InvestigationRequest.builder().build(), events);
            HuntResult hunt = workflow.hunt(HuntRequest.builder().build(), events);
            spec.commandLine().getOut().println(workflow.report(investigation, hunt, events));
            return ExitCodes.OK;
        } catch (CaseException | IOException | HuntException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
