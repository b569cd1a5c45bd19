package io.osprey.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One hit of a rule or code check.
 *
 * @param time              the evidence's CreationTime (UTC)
 * @param user              the acting user (UserId), or null
 * @param mailbox           the affected mailbox, or null when the check is not about one
 * @param fields            the key fields, in the rule's order
 * @param evidenceRecordIds the audit record ids (AuditData.Id) of the evidence
 */
public record Finding(String ruleId, String title, Level level, Instant time, String user, String mailbox,
                      Map<String, String> fields, List<String> evidenceRecordIds) {
    public Finding {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        evidenceRecordIds = List.copyOf(evidenceRecordIds);
    }
}
