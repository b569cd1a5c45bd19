package io.osprey.rules.engine;

import io.osprey.model.AuditEvent;
import io.osprey.rules.sparrow.SparrowExport;

/** Compiles rules written inline in tests with the shipped field mapping. */
final class TestRules {
    static final FieldMapping MAPPING = FieldMapping.shipped();
    static final RuleParser PARSER = new RuleParser(MAPPING, SparrowExport.fileNames());

    private TestRules() {
    }

    /** A complete rule around the given detection block (indented by two spaces per level, no leading indent). */
    static String ruleText(String detection) {
        return "title: Test rule\nid: test-rule\nlevel: medium\nlogsource:\n  product: m365\ndetection:\n"
                + detection.indent(2);
    }

    static RuleParser.Result parse(String ruleText) {
        return PARSER.parse(new RuleSource("test.yml", ruleText));
    }

    static Rule compile(String detection) {
        RuleParser.Result result = parse(ruleText(detection));
        if (result.rule().isEmpty()) {
            throw new AssertionError("rule did not compile: " + result.problems());
        }
        return result.rule().get();
    }

    static boolean fires(String detection, AuditEvent event) {
        return compile(detection).matches(new EventView(event, false));
    }
}
