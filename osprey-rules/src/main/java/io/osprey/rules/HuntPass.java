package io.osprey.rules;

import io.osprey.model.AuditEvent;
import io.osprey.rules.directory.DirectoryInventory;
import io.osprey.rules.directory.InventoryTables;
import io.osprey.rules.directory.MicrosoftApplications;
import io.osprey.rules.directory.PermissionCatalog;
import io.osprey.rules.directory.ServicePrincipal;
import io.osprey.rules.engine.EventView;
import io.osprey.rules.engine.Rule;
import io.osprey.rules.engine.RuleIndex;
import io.osprey.rules.sparrow.ApplicationAccessCollector;
import io.osprey.rules.sparrow.SparrowCollector;
import io.osprey.rules.sparrow.SparrowExport;
import io.osprey.rules.sparrow.SparrowTable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The state of one hunt while events stream through: findings, export rows and counts. */
final class HuntPass {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding finding) -> finding.time() == null ? Instant.MIN : finding.time())
            .thenComparing(Finding::ruleId)
            .thenComparing(finding -> finding.evidenceRecordIds().isEmpty() ? "" : finding.evidenceRecordIds().get(0));

    private final List<Rule> rules;
    private final RuleIndex index;
    private final List<Hunt.TunedCheck> codeChecks;
    private final HuntRequest request;
    private final DirectoryInventory inventory;
    private final SparrowCollector sparrow = new SparrowCollector();
    private final ApplicationAccessCollector applicationAccess;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private long eventsScanned;

    HuntPass(List<Rule> rules, List<Hunt.TunedCheck> codeChecks, HuntRequest request, DirectoryInventory inventory) {
        this.rules = rules;
        this.index = new RuleIndex(rules);
        this.codeChecks = codeChecks;
        this.request = request;
        this.inventory = inventory;
        MicrosoftApplications microsoft = MicrosoftApplications.bundled();
        this.applicationAccess = new ApplicationAccessCollector(
                appId -> request.applicationIds().contains(appId) || !microsoft.isMicrosoft(appId),
                displayNames(inventory, request, microsoft));
    }

    void accept(AuditEvent event) {
        eventsScanned++;
        EventView view = new EventView(event, request.attackerContexts().matches(event));
        for (Rule rule : index.candidates(event.operation())) {
            if (rule.matches(view)) {
                add(new Finding(rule.id(), rule.metadata().title(), rule.level(), event.creationTime(),
                        event.userId(), rule.mailbox(view), rule.keyFieldValues(view), List.of(event.recordId())));
                rule.sparrowExportName().flatMap(SparrowExport::byFileName)
                        .ifPresent(export -> sparrow.add(export, view));
            }
        }
        for (Hunt.TunedCheck tuned : codeChecks) {
            Optional<Map<String, String>> fields = tuned.check().evaluate(view);
            if (fields.isPresent()) {
                add(new Finding(tuned.check().info().id(), tuned.check().info().title(), tuned.level(),
                        event.creationTime(), event.userId(), null, fields.get(), List.of(event.recordId())));
                tuned.check().info().sparrowExport().ifPresent(export -> sparrow.add(export, view));
            }
        }
        applicationAccess.add(view);
    }

    private void add(Finding finding) {
        findings.add(finding);
        counts.merge(finding.ruleId(), 1, Integer::sum);
    }

    HuntResult result() {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(ORDER);
        List<SparrowTable> tables = new ArrayList<>(sparrow.tables());
        tables.addAll(applicationAccess.tables());
        if (request.directory().isPresent()) {
            tables.addAll(InventoryTables.tables(inventory, PermissionCatalog.bundled()));
        }
        return new HuntResult(ordered, tables, summaries(), eventsScanned);
    }

    private List<CheckSummary> summaries() {
        List<CheckSummary> summaries = new ArrayList<>();
        for (Rule rule : rules) {
            summaries.add(new CheckSummary(rule.id(), rule.metadata().title(), rule.level(), "rule", rule.location(),
                    counts.getOrDefault(rule.id(), 0)));
        }
        for (Hunt.TunedCheck tuned : codeChecks) {
            summaries.add(new CheckSummary(tuned.check().info().id(), tuned.check().info().title(), tuned.level(),
                    "code", tuned.check().getClass().getName(), counts.getOrDefault(tuned.check().info().id(), 0)));
        }
        return summaries;
    }

    private static Map<String, String> displayNames(DirectoryInventory inventory, HuntRequest request,
                                                    MicrosoftApplications microsoft) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ServicePrincipal principal : inventory.servicePrincipals()) {
            if (!principal.appId().isEmpty() && !principal.displayName().isEmpty()) {
                names.putIfAbsent(principal.appId().toLowerCase(Locale.ROOT), principal.displayName());
            }
        }
        for (String appId : request.applicationIds()) {
            microsoft.name(appId).ifPresent(name -> names.putIfAbsent(appId, name));
        }
        return names;
    }
}
