package io.osprey.rules;

import io.osprey.model.AuditEvent;
import io.osprey.rules.checks.CodeCheck;
import io.osprey.rules.checks.FederationChangeCheck;
import io.osprey.rules.checks.SamlTokenCheck;
import io.osprey.rules.directory.DirectoryInventory;
import io.osprey.rules.directory.DirectoryInventoryException;
import io.osprey.rules.directory.DirectoryInventoryReader;
import io.osprey.rules.engine.Tuning;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code osprey hunt}: runs every rule and code check over the case's events in one pass. Memory grows with
 * the findings and export rows, not with the events.
 */
public final class Hunt {
    private Hunt() {
    }

    /**
     * @throws HuntException when the rules, the tuning file or the directory inventory cannot be used; nothing
     *                       has been scanned then
     */
    public static HuntResult run(HuntRequest request, Iterable<AuditEvent> events) throws HuntException {
        RuleSets.Loaded rules = RuleSets.load(request);
        DirectoryInventory inventory = inventory(request);
        HuntPass pass = new HuntPass(rules.rules(), codeChecks(inventory, rules.tuning()), request, inventory);
        for (AuditEvent event : events) {
            pass.accept(event);
        }
        return pass.result();
    }

    private static DirectoryInventory inventory(HuntRequest request) throws HuntException {
        if (request.directory().isEmpty()) {
            return DirectoryInventory.EMPTY;
        }
        try {
            return DirectoryInventoryReader.read(request.directory().get());
        } catch (DirectoryInventoryException e) {
            throw new HuntException(List.of(e.getMessage()));
        }
    }

    static List<TunedCheck> codeChecks(DirectoryInventory inventory, Tuning tuning) {
        List<CodeCheck> all = List.of(new SamlTokenCheck(inventory.federatedDomainsWithoutMfa()),
                new FederationChangeCheck(inventory));
        List<TunedCheck> checks = new ArrayList<>();
        for (CodeCheck check : all) {
            String id = check.info().id();
            if (!tuning.isDisabled(id)) {
                checks.add(new TunedCheck(check, tuning.level(id).orElse(check.info().level())));
            }
        }
        return checks;
    }

    /** A code check with the level tuning gave it. */
    record TunedCheck(CodeCheck check, Level level) {
    }
}
