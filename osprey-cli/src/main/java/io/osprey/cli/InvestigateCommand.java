package io.osprey.cli;

import io.osprey.analysis.Ioc;
import io.osprey.analysis.IocFile;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.store.CaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code osprey investigate CASE [--ioc KIND:VALUE]... [--ioc-file F] [--mailbox UPN]... [--from T] [--to T]}. */
@Command(name = "investigate", mixinStandardHelpOptions = true,
        description = "The MailItemsAccessed playbook: throttling, sync, bind, access contexts, attribution, verdicts."
                + " Writes CASE/reports/investigation/.")
final class InvestigateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE")
    Path caseDirectory;

    @Option(names = "--ioc", paramLabel = "KIND:VALUE", description = "ip:, cidr:, session:, app:, ua:, user:")
    List<String> iocs = new ArrayList<>();

    @Option(names = "--ioc-file", paramLabel = "FILE", description = "one KIND:VALUE per line, # comments")
    Path iocFile;

    @Option(names = "--mailbox", paramLabel = "UPN", description = "a mailbox under investigation")
    List<String> mailboxes = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", description = "start of the period (ISO-8601 UTC)")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", description = "end of the period (ISO-8601 UTC)")
    Instant to;

    @Override
    public Integer call() {
        InvestigationRequest request = request();
        CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
        try {
            InvestigationResult result = workflow.investigate(request, workflow.events());
            InvestigationRequestFile.write(request, InvestigationRequestFile.in(workflow.investigationDir()));
            spec.commandLine().getOut().println(result.mailboxes().size() + " mailboxes investigated; results in "
                    + workflow.investigationDir());
            return ExitCodes.OK;
        } catch (CaseException | IOException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    private InvestigationRequest request() {
        InvestigationRequest.Builder builder = InvestigationRequest.builder();
        try {
            for (String ioc : iocs) {
                builder.ioc(Ioc.parse(ioc));
            }
            if (iocFile != null) {
                builder.iocs(IocFile.parse(Files.readAllLines(iocFile, StandardCharsets.UTF_8), iocFile.toString()));
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        mailboxes.forEach(builder::mailbox);
        if (from != null || to != null) {
            builder.period(from, to);
        }
        return builder.build();
    }
}
