package io.osprey.rules;

import io.osprey.rules.checks.FederationChangeCheck;
import io.osprey.rules.checks.SamlTokenCheck;
import io.osprey.rules.engine.FieldMapping;
import io.osprey.rules.engine.LintProblem;
import io.osprey.rules.engine.Rule;
import io.osprey.rules.engine.RuleLoader;
import io.osprey.rules.engine.RuleSource;
import io.osprey.rules.engine.Tuning;
import io.osprey.rules.sparrow.SparrowExport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a hunt runs: the shipped ones, a user's extra folders and the tuning file, loaded and checked
 * together. {@link #lint} is what {@code osprey rules lint} and CI run.
 */
public final class RuleSets {
    /** The ids of the code checks, which tuning may disable or re-level like rules. */
    public static final Set<String> CODE_CHECK_IDS = Set.of(SamlTokenCheck.ID, FederationChangeCheck.ID);

    private RuleSets() {
    }

    /** The rule loader with the shipped field mapping and the Sparrow export names. */
    public static RuleLoader loader() {
        return new RuleLoader(FieldMapping.shipped(), SparrowExport.fileNames());
    }

    /** The shipped rules, compiled once per process (they are class-path resources and cannot change). */
    public static RuleLoader.Loaded shipped() {
        return Shipped.RULES;
    }

    /** Holder: the shipped rules are compiled on first use. */
    private static final class Shipped {
        private static final RuleLoader.Loaded RULES = loader().load(RuleLoader.shippedSources());
    }

    /** Lints the shipped rules, the given rule folders and the tuning file (null for none) together. */
    public static LintReport lint(List<Path> ruleDirectories, Path tuningFile) {
        List<LintProblem> problems = new ArrayList<>();
        List<RuleSource> sources = sources(ruleDirectories, problems);
        RuleLoader.Loaded loaded = loader().loadAfter(shipped(), sources);
        problems.addAll(loaded.problems());
        if (tuningFile != null) {
            problems.addAll(tuning(tuningFile, knownIds(loaded.rules())).problems());
        }
        return new LintReport(problems, RuleLoader.shippedSources().size() + sources.size());
    }

    /** The rules after tuning: disabled ones removed, levels changed. */
    static Loaded load(HuntRequest request) throws HuntException {
        List<LintProblem> problems = new ArrayList<>();
        List<RuleSource> sources = sources(request.ruleDirectories(), problems);
        RuleLoader.Loaded loaded = loader().loadAfter(shipped(), sources);
        problems.addAll(loaded.problems());
        Tuning tuning = Tuning.NONE;
        if (request.tuningFile() != null) {
            Tuning.Parsed parsed = tuning(request.tuningFile(), knownIds(loaded.rules()));
            problems.addAll(parsed.problems());
            tuning = parsed.tuning();
        }
        if (!problems.isEmpty()) {
            throw new HuntException(problems.stream().map(LintProblem::toString).toList());
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : loaded.rules()) {
            if (!tuning.isDisabled(rule.id())) {
                rules.add(tuning.level(rule.id()).map(rule::withLevel).orElse(rule));
            }
        }
        return new Loaded(rules, tuning);
    }

    /** The rule files of the extra folders (the shipped ones are compiled once, see {@link #shipped()}). */
    private static List<RuleSource> sources(List<Path> ruleDirectories, List<LintProblem> problems) {
        List<RuleSource> sources = new ArrayList<>();
        for (Path directory : ruleDirectories) {
            if (!Files.isDirectory(directory)) {
                problems.add(new LintProblem(directory.toString(), "not a folder"));
                continue;
            }
            try {
                sources.addAll(RuleLoader.directorySources(directory));
            } catch (IOException e) {
                problems.add(new LintProblem(directory.toString(), "cannot read the rules: " + e.getMessage()));
            }
        }
        return sources;
    }

    private static Tuning.Parsed tuning(Path file, Set<String> knownIds) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return new Tuning.Parsed(Tuning.NONE,
                    List.of(new LintProblem(file.toString(), "cannot read the tuning file: " + e.getMessage())));
        }
        Tuning.Parsed parsed = Tuning.parse(new RuleSource(file.toString(), text));
        List<LintProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(parsed.tuning().unknownIds(file.toString(), knownIds));
        return new Tuning.Parsed(parsed.tuning(), problems);
    }

    private static Set<String> knownIds(List<Rule> rules) {
        Set<String> ids = new HashSet<>(CODE_CHECK_IDS);
        rules.forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /** Rules ready to run and the tuning to apply to code checks. */
    record Loaded(List<Rule> rules, Tuning tuning) {
        Loaded {
            rules = List.copyOf(rules);
        }
    }
}
