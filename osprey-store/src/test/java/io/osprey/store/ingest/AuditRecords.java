package io.osprey.store.ingest;

import java.util.ArrayList;
import java.util.List;

/** AuditData JSON text for tests. */
final class AuditRecords {
    static final String MAILBOX = "victim@contoso.com";

    private AuditRecords() {
    }

    /** A plain audit record. */
    static String simple(String id, String time, String operation) {
        return "{\"CreationTime\":\"" + time + "\",\"Id\":\"" + id + "\",\"Operation\":\"" + operation
                + "\",\"RecordType\":15,\"Workload\":\"AzureActiveDirectory\",\"UserId\":\"" + MAILBOX + "\"}";
    }

    /** A full MailItemsAccessed Bind record with the given message ids. */
    static String bind(String id, String time, String... messageIds) {
        List<String> items = new ArrayList<>();
        for (String messageId : messageIds) {
            items.add("{\"InternetMessageId\":\"" + messageId + "\",\"SizeInBytes\":1234}");
        }
        return "{\"CreationTime\":\"" + time + "\",\"Id\":\"" + id + "\",\"Operation\":\"MailItemsAccessed\","
                + "\"RecordType\":50,\"Workload\":\"Exchange\",\"UserId\":\"" + MAILBOX + "\","
                + "\"ClientIPAddress\":\"[2001:db8::1]:443\",\"SessionId\":\"s-1\",\"MailboxOwnerUPN\":\"" + MAILBOX
                + "\",\"OperationProperties\":[{\"Name\":\"MailAccessType\",\"Value\":\"Bind\"},"
                + "{\"Name\":\"IsThrottled\",\"Value\":\"False\"}],\"OperationCount\":" + messageIds.length
                + ",\"Folders\":[{\"Id\":\"f1\",\"Path\":\"\\\\Inbox\",\"FolderItems\":[" + String.join(",", items)
                + "]}]}";
    }

    /** The same event as {@link #bind} with fewer fields (no SessionId), as an OfficeActivity row would carry. */
    static String bindWithoutSession(String id, String time, String... messageIds) {
        return bind(id, time, messageIds).replace("\"SessionId\":\"s-1\",", "");
    }

    /** The same event flattened by PowerShell: the folders (and so the message ids) are lost. */
    static String bindFlattened(String id, String time) {
        return "{\"CreationTime\":\"" + time + "\",\"Id\":\"" + id + "\",\"Operation\":\"MailItemsAccessed\","
                + "\"RecordType\":50,\"Workload\":\"Exchange\",\"UserId\":\"" + MAILBOX + "\","
                + "\"ClientIPAddress\":\"[2001:db8::1]:443\",\"SessionId\":\"s-1\",\"MailboxOwnerUPN\":\"" + MAILBOX
                + "\",\"OperationProperties\":\"System.Object[]\",\"OperationCount\":1,"
                + "\"Folders\":\"System.Object[]\"}";
    }
}
