package io.osprey.rules.checks;

import io.osprey.rules.engine.EventView;

import java.util.Map;
import java.util.Optional;

/**
 * A check that needs logic a Sigma-shaped rule cannot express (comparisons with the directory inventory,
 * old-versus-new values). Like a rule, it looks at one event at a time.
 */
public sealed interface CodeCheck permits SamlTokenCheck, FederationChangeCheck {

    CheckInfo info();

    /** The key fields of the finding when the check fires on the event; empty when it does not. */
    Optional<Map<String, String>> evaluate(EventView view);
}
