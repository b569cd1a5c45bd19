package io.osprey.formats.csv;

import java.util.List;

/**
 * Microsoft Graph audit log query records written as CSV by Microsoft-Extractor-Suite
 * ({@code Get-UALGraph -Output CSV}): {@code id, createdDateTime, auditLogRecordType, operation, organizationId,
 * userType, userId, service, objectId, userPrincipalName, clientIp, administrativeUnits, auditData}. The
 * {@code auditData} cell is pretty-printed JSON over several lines (PascalCase fields plus {@code @odata.type}),
 * taken verbatim.
 */
public final class GraphAuditCsvReader extends CsvLayoutReader {
    private static final List<String> WRAPPER_COLUMNS = List.of("id", "createdDateTime", "auditLogRecordType",
            "operation", "organizationId", "userType", "userId", "service", "objectId", "userPrincipalName",
            "clientIp", "administrativeUnits");

    @Override
    public String name() {
        return "graph-audit-csv";
    }

    @Override
    protected int score(CsvHeader header) {
        boolean graph = header.hasAll("auditData", "createdDateTime") && header.hasAny("id", "auditLogRecordType");
        return graph ? 90 : 0;
    }

    @Override
    protected RowMapper bind(CsvHeader header) {
        return AuditDataColumn.bind(header, "auditData", WRAPPER_COLUMNS);
    }
}
