package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.model.ReadResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds an AuditData record (Exchange mailbox schema, PascalCase names) from a Search-MailboxAuditLog row:
 * Id from Identity, CreationTime from LastAccessed, OperationProperties from its {@code Name:Value} tokens,
 * OperationCount and Folders from the aggregated-record columns, Item/Folder/DestFolder from the item and folder
 * columns, Workload Exchange and RecordType 50 for MailItemsAccessed, 2 otherwise. A row where PowerShell wrote a
 * type name or hashtable instead of a value is degraded. Columns not copied verbatim into AuditData (the
 * transformed ones included, as written) form the envelope.
 */
final class MailboxAuditRows implements RowMapper {
    /** Columns copied as they are, column name to AuditData name. */
    private static final Map<String, String> COPIED = Map.ofEntries(
            Map.entry("Operation", "Operation"), Map.entry("OperationResult", "ResultStatus"),
            Map.entry("LogonType", "LogonType"), Map.entry("InternalLogonType", "InternalLogonType"),
            Map.entry("ExternalAccess", "ExternalAccess"), Map.entry("ClientInfoString", "ClientInfoString"),
            Map.entry("ClientIPAddress", "ClientIPAddress"), Map.entry("ClientIP", "ClientIP"),
            Map.entry("ClientMachineName", "ClientMachineName"), Map.entry("ClientProcessName", "ClientProcessName"),
            Map.entry("ClientVersion", "ClientVersion"), Map.entry("MailboxOwnerUPN", "MailboxOwnerUPN"),
            Map.entry("MailboxOwnerSid", "MailboxOwnerSid"), Map.entry("MailboxGuid", "MailboxGuid"),
            Map.entry("DestMailboxOwnerUPN", "DestMailboxOwnerUPN"),
            Map.entry("DestMailboxOwnerSid", "DestMailboxOwnerSid"), Map.entry("DestMailboxGuid", "DestMailboxGuid"),
            Map.entry("CrossMailboxOperation", "CrossMailboxOperation"),
            Map.entry("LogonUserDisplayName", "LogonUserDisplayName"), Map.entry("LogonUserSid", "LogonUserSid"),
            Map.entry("OriginatingServer", "OriginatingServer"), Map.entry("SessionId", "SessionId"),
            Map.entry("AppId", "AppId"), Map.entry("ClientAppId", "ClientAppId"));
    private static final String[] FOLDER = {"FolderId", "Id", "FolderPathName", "Path"};
    private static final String[] DEST_FOLDER = {"DestFolderId", "Id", "DestFolderPathName", "Path"};
    private static final String[] ITEM = {"ItemId", "Id", "ItemSubject", "Subject",
            "ItemInternetMessageId", "InternetMessageId", "ItemAttachments", "Attachments"};

    private final int[] copiedIndexes;
    private final String[] copiedNames;
    private final int identity;
    private final int lastAccessed;
    private final int operationProperties;
    private final int foldersData;
    private final int operationCount;
    private final NestedColumns folder;
    private final NestedColumns destFolder;
    private final NestedColumns item;
    private final EnvelopeColumns envelope;

    MailboxAuditRows(CsvHeader header) {
        Map<String, String> copiedByKey = new HashMap<>();
        COPIED.forEach((column, name) -> copiedByKey.put(CsvHeader.key(column), name));
        List<Integer> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = copiedByKey.get(CsvHeader.key(header.name(i)));
            if (name != null && !names.contains(name)) {
                indexes.add(i);
                names.add(name);
            }
        }
        this.copiedIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
        this.copiedNames = names.toArray(String[]::new);
        this.identity = header.indexOf("Identity");
        this.lastAccessed = header.indexOf("LastAccessed");
        this.operationProperties = header.indexOf("OperationProperties");
        this.foldersData = header.indexOf("AggregatedRecordFoldersData");
        this.operationCount = header.indexOf("AuditOperationsCountInAggregatedRecord");
        this.folder = new NestedColumns(header, FOLDER);
        this.destFolder = new NestedColumns(header, DEST_FOLDER);
        this.item = new NestedColumns(header, ITEM);
        List<Integer> consumed = new ArrayList<>(indexes);
        consumed.add(identity);
        consumed.addAll(folder.indexes());
        consumed.addAll(destFolder.indexes());
        consumed.addAll(item.indexes());
        this.envelope = EnvelopeColumns.allExcept(header, consumed, List.of("LastAccessed", "Identity", "IsValid",
                "ObjectState", "RunspaceId", "OperationProperties", "AuditOperationsCountInAggregatedRecord",
                "AggregatedRecordFoldersData"));
    }

    @Override
    public ReadResult map(CsvRow row) {
        if (row.cell(identity).isEmpty()) {
            return row.reject("missing Identity");
        }
        String time = row.cell(lastAccessed);
        if (time.isEmpty()) {
            return row.reject("missing LastAccessed");
        }
        Instant creationTime = WrapperDates.parse(time);
        if (creationTime == null) {
            return row.reject("LastAccessed is not a readable date: " + time);
        }
        ObjectNode auditData = CsvJson.object();
        auditData.put("Id", row.value(identity));
        auditData.put("CreationTime", creationTime.toString());
        for (int i = 0; i < copiedIndexes.length; i++) {
            putIfPresent(auditData, copiedNames[i], row.value(copiedIndexes[i]));
        }
        boolean degraded = anyFlattened(row);
        degraded |= addOperationProperties(auditData, row.value(operationProperties));
        degraded |= addFolders(auditData, row.value(foldersData));
        addOperationCount(auditData, row.value(operationCount));
        folder.addTo(auditData, "Folder", row);
        destFolder.addTo(auditData, "DestFolder", row);
        ObjectNode itemNode = item.addTo(auditData, "Item", row);
        if (itemNode != null && auditData.has("Folder")) {
            itemNode.set("ParentFolder", auditData.get("Folder").deepCopy());
        }
        completeExchangeFields(auditData);
        return row.record(CsvJson.write(auditData), envelope.of(row), degraded);
    }

    private static void completeExchangeFields(ObjectNode auditData) {
        boolean mailItemsAccessed = "MailItemsAccessed".equalsIgnoreCase(auditData.path("Operation").asText());
        auditData.put("RecordType", mailItemsAccessed ? 50 : 2);
        auditData.put("Workload", "Exchange");
        if ("Owner".equalsIgnoreCase(auditData.path("LogonType").asText()) && auditData.has("MailboxOwnerUPN")) {
            auditData.set("UserId", auditData.get("MailboxOwnerUPN"));
        }
    }

    private static boolean anyFlattened(CsvRow row) {
        for (int i = 0; i < row.fieldCount(); i++) {
            if (PowerShellArtifacts.isFlattened(row.cell(i))) {
                return true;
            }
        }
        return false;
    }

    /** Adds OperationProperties from {@code Name:Value} tokens; true when the cell held a flattened value. */
    private static boolean addOperationProperties(ObjectNode auditData, String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (PowerShellArtifacts.isFlattened(text)) {
            return true;
        }
        JsonNode json = text.startsWith("[") ? CsvJson.parse(text) : null;
        auditData.set("OperationProperties", json != null && json.isArray() ? json : NameValueTokens.parse(text));
        return false;
    }

    /** Adds Folders from AggregatedRecordFoldersData when it holds JSON; true when it held something else. */
    private static boolean addFolders(ObjectNode auditData, String text) {
        if (text.isEmpty()) {
            return false;
        }
        JsonNode folders = text.startsWith("[") || text.startsWith("{") ? CsvJson.parse(text) : null;
        if (folders == null) {
            return true;
        }
        if (folders.isObject()) {
            ArrayNode list = auditData.arrayNode();
            list.add(folders);
            folders = list;
        }
        auditData.set("Folders", folders);
        return false;
    }

    private static void addOperationCount(ObjectNode auditData, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            auditData.put("OperationCount", Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            auditData.put("OperationCount", text);
        }
    }

    static void putIfPresent(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }
}
