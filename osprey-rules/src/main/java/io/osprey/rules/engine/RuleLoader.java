package io.osprey.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds rule files (the shipped ones on the class path, listed in {@code rules/index.txt}; a user's in a
 * directory tree) and compiles them together, reporting problems per file and duplicate ids across files.
 */
public final class RuleLoader {
    public static final String SHIPPED_DIRECTORY = "/rules/";
    public static final String SHIPPED_INDEX = SHIPPED_DIRECTORY + "index.txt";

    private final RuleParser parser;

    public RuleLoader(FieldMapping mapping, Set<String> sparrowExports) {
        this.parser = new RuleParser(mapping, sparrowExports);
    }

    /** The rules shipped with Osprey, in index order. */
    public static List<RuleSource> shippedSources() {
        List<RuleSource> sources = new ArrayList<>();
        for (String name : resourceText(SHIPPED_INDEX).lines().map(String::strip).toList()) {
            if (!name.isEmpty() && !name.startsWith("#")) {
                sources.add(new RuleSource("classpath:rules/" + name, resourceText(SHIPPED_DIRECTORY + name)));
            }
        }
        return sources;
    }

    /**
     * Every {@code .yml}/{@code .yaml} file under the directory, sorted by path.
     *
     * @throws IOException when the folder or one of its rule files cannot be read
     */
    public static List<RuleSource> directorySources(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().matches("(?i).*\\.ya?ml"))
                    .sorted().toList();
        }
        List<RuleSource> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return sources;
    }

    /** Compiles the sources; a rule with problems is left out and its problems reported. */
    public Loaded load(List<RuleSource> sources) {
        return loadAfter(new Loaded(List.of(), List.of()), sources);
    }

    /**
     * Compiles more sources after rules already loaded (the shipped ones, compiled once): the result holds
     * both, and an id of the new sources that repeats an earlier one is reported as a duplicate.
     */
    public Loaded loadAfter(Loaded earlier, List<RuleSource> sources) {
        List<Rule> rules = new ArrayList<>(earlier.rules());
        List<LintProblem> problems = new ArrayList<>(earlier.problems());
        Map<String, String> locationById = new HashMap<>();
        earlier.rules().forEach(rule -> locationById.put(rule.id(), rule.location()));
        for (RuleSource source : sources) {
            RuleParser.Result result = parser.parse(source);
            result.problems().forEach(message -> problems.add(new LintProblem(source.location(), message)));
            if (result.rule().isEmpty()) {
                continue;
            }
            Rule rule = result.rule().get();
            String previous = locationById.putIfAbsent(rule.id(), source.location());
            if (previous != null) {
                problems.add(new LintProblem(source.location(), "duplicate id '" + rule.id() + "' (also in "
                        + previous + ")"));
            } else {
                rules.add(rule);
            }
        }
        return new Loaded(rules, problems);
    }

    private static String resourceText(String name) {
        try (InputStream in = RuleLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    /** The compiled rules and the problems found. */
    public record Loaded(List<Rule> rules, List<LintProblem> problems) {
        public Loaded {
            rules = List.copyOf(rules);
            problems = List.copyOf(problems);
        }
    }
}
