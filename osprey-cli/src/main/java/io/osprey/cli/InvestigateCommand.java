package io.osprey.cli;

import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.lookup.AppInvestigation;
import io.osprey.report.LookupWriter;
import io.osprey.store.CaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code osprey investigate CASE [--ioc KIND:VALUE]... [--ioc-file F] [--mailbox UPN]... [--from T] [--to T]
 * [--app ID]}.
 */
@Command(name = "investigate", mixinStandardHelpOptions = true,
        description = "The MailItemsAccessed playbook: throttling, sync, bind, access contexts, attribution, verdicts."
                + " Writes CASE/reports/investigation/; with --app also every mailbox and message that application"
                + " touched (" + LookupWriter.APP_MAILBOXES + ", " + LookupWriter.APP_MESSAGES + ", "
                + LookupWriter.APP_SYNC_EVENTS + ").")
final class InvestigateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE")
    Path caseDirectory;

    @Mixin
    InvestigationOptions options;

    @Option(names = "--app", paramLabel = "ID", description = "an AppId or ClientAppId to investigate")
    String appId;

    @Override
    public Integer call() {
        CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
        PrintWriter out = spec.commandLine().getOut();
        try {
            InvestigationRequest request = options.request();
            InvestigationResult result = workflow.investigate(request);
            InvestigationRequestFile.write(request, options.geoIpFiles(),
                    InvestigationRequestFile.in(workflow.investigationDir()));
            out.println(result.mailboxes().size() + " mailboxes investigated; results in " + workflow.investigationDir());
            if (appId != null) {
                AppInvestigation.Result app = workflow.investigateApp(result, appId);
                out.println("app " + app.appId() + (app.appName() == null ? "" : " (" + app.appName() + ")") + ": "
                        + app.mailboxes().size() + " mailbox(es), " + app.messages().size() + " message(s), "
                        + app.syncRecords().size() + " Sync record(s); in " + LookupWriter.APP_MAILBOXES + ", "
                        + LookupWriter.APP_MESSAGES + ", " + LookupWriter.APP_SYNC_EVENTS);
            }
            return ExitCodes.OK;
        } catch (CaseException | IOException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
