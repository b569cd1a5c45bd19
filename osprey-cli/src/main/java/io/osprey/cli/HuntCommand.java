package io.osprey.cli;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code osprey hunt CASE [--rules DIR]... [--tuning FILE] [--directory DIR]}. When {@code osprey investigate}
 * saved its request in the case, the request's IP, network and session indicators are the attacker contexts
 * the rules about searches and sends from an attacker context need.
 */
@Command(name = "hunt", mixinStandardHelpOptions = true,
        description = "Tenant compromise checks (Sparrow's, and more) and Sigma-shaped rules. Writes CASE/reports/hunt/.")
final class HuntCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE")
    Path caseDirectory;

    @Option(names = "--rules", paramLabel = "DIR", description = "more rules, one YAML file each")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--tuning", paramLabel = "FILE", description = "disable rules or change their level")
    Path tuning;

    @Option(names = "--directory", paramLabel = "DIR",
            description = "saved Microsoft Graph directory responses (domains.json, servicePrincipals.json, ...)")
    Path directory;

    @Override
    public Integer call() {
        HuntRequest.Builder builder = HuntRequest.builder();
        rules.forEach(builder::rules);
        if (tuning != null) {
            builder.tuning(tuning);
        }
        if (directory != null) {
            builder.directory(directory);
        }
        CaseWorkflow workflow = new CaseWorkflow(caseDirectory);
        try {
            InvestigationRequestFile.read(InvestigationRequestFile.in(workflow.investigationDir()))
                    .ifPresent(saved -> builder.attackerContexts(AttackerIndicators.of(saved.iocs())));
            HuntResult result = workflow.hunt(builder.build(), workflow.events());
            spec.commandLine().getOut().println(result.findings().size() + " findings; results in " + workflow.huntDir());
            return ExitCodes.OK;
        } catch (CaseException | IOException | HuntException e) {
            spec.commandLine().getErr().println("osprey: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
