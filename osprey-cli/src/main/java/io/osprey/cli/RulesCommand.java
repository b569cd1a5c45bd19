package io.osprey.cli;

import io.osprey.rules.LintReport;
import io.osprey.rules.RuleSets;
import io.osprey.rules.engine.LintProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code osprey rules lint [DIR] [--tuning FILE]}: checks rule files the way the hunt loads them. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Works with the hunt's detection rules.")
final class RulesCommand implements Runnable {
    private static final int CLEAN = 0;
    private static final int PROBLEMS_FOUND = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (lint)");
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Checks the shipped rules, the rules in DIR and a tuning file: bad YAML, missing keys, "
                    + "duplicate ids, unknown fields, unsupported modifiers, bad conditions.",
            footer = {"", "Exit codes: 0 no problems, 1 problems found (listed on standard output), 2 usage error."})
    int lint(@Parameters(arity = "0..1", paramLabel = "DIR",
                     description = "a folder of extra rules (*.yml, *.yaml, searched recursively)") Path directory,
             @Option(names = "--tuning", paramLabel = "FILE",
                     description = "a tuning file (disable rules, change levels) to check against the rules")
             Path tuning) {
        LintReport report = RuleSets.lint(directory == null ? List.of() : List.of(directory), tuning);
        PrintWriter out = spec.commandLine().getOut();
        for (LintProblem problem : report.problems()) {
            out.println(problem);
        }
        out.println(report.ruleFiles() + " rule files checked, " + report.problems().size()
                + (report.problems().size() == 1 ? " problem" : " problems"));
        out.flush();
        return report.isClean() ? CLEAN : PROBLEMS_FOUND;
    }
}
