package io.osprey.rules.engine;

import io.osprey.rules.Level;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled rule: metadata, the detection predicate, and what a finding reports.
 *
 * @param operations    the lower-case operations the rule can match at most (empty: any operation); lets the
 *                      hunt skip rules that cannot match an event
 * @param keyFields     the Sigma {@code fields}: reported with each finding
 * @param mailboxFields where the affected mailbox is read, first non-blank wins ({@code osprey.mailbox})
 * @param sparrowExport the Sparrow CSV file the rule's records go to ({@code osprey.sparrow_export}), or null
 * @param location      the rule file
 */
public record Rule(RuleMetadata metadata, EventPredicate detection, Optional<Set<String>> operations,
                   List<NamedField> keyFields,
                   List<NamedField> mailboxFields, String sparrowExport, String location) {
    public Rule {
        keyFields = List.copyOf(keyFields);
        mailboxFields = List.copyOf(mailboxFields);
    }

    public String id() {
        return metadata.id();
    }

    public Level level() {
        return metadata.level();
    }

    public boolean matches(EventView view) {
        return detection.test(view);
    }

    public Optional<String> sparrowExportName() {
        return Optional.ofNullable(sparrowExport);
    }

    /** The key field values for a matching event, in the rule's order; absent fields are left out. */
    public Map<String, String> keyFieldValues(EventView view) {
        Map<String, String> values = new LinkedHashMap<>();
        for (NamedField field : keyFields) {
            String value = field.read(view);
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** The affected mailbox, or null when none of the mailbox fields has a value. */
    public String mailbox(EventView view) {
        for (NamedField field : mailboxFields) {
            String value = field.read(view);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public Rule withLevel(Level level) {
        return new Rule(metadata.withLevel(level), detection, operations, keyFields, mailboxFields, sparrowExport,
                location);
    }
}
