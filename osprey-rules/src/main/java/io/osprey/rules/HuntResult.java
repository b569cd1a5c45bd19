package io.osprey.rules;

import io.osprey.rules.sparrow.SparrowTable;

import java.util.List;

/**
 * What the hunt found.
 *
 * @param findings      every finding, ordered by time, rule id and evidence id
 * @param sparrowTables the CSVs for {@code reports/hunt/sparrow/} (operation exports, application
 *                      investigations and, with a directory inventory, Domain_List and
 *                      ApplicationGraphPermissions)
 * @param checks        the rules and code checks that ran, with their finding counts
 * @param eventsScanned how many events the hunt looked at
 */
public record HuntResult(List<Finding> findings, List<SparrowTable> sparrowTables, List<CheckSummary> checks,
                         long eventsScanned) {
    public HuntResult {
        findings = List.copyOf(findings);
        sparrowTables = List.copyOf(sparrowTables);
        checks = List.copyOf(checks);
    }

    public long count(String ruleId) {
        return findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).count();
    }
}
