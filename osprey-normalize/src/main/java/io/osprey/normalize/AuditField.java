package io.osprey.normalize;

import java.util.Arrays;

/**
 * The top-level AuditData fields the normalizer reads, with how each is read. Everything else in AuditData
 * only counts towards the record's field count and stays in the raw JSON.
 */
enum AuditField {
    ID("Id", Kind.SCALAR),
    CREATION_TIME("CreationTime", Kind.SCALAR),
    OPERATION("Operation", Kind.SCALAR),
    WORKLOAD("Workload", Kind.SCALAR),
    RECORD_TYPE("RecordType", Kind.SCALAR),
    RESULT_STATUS("ResultStatus", Kind.SCALAR),
    USER_ID("UserId", Kind.SCALAR),
    USER_TYPE("UserType", Kind.SCALAR),
    CLIENT_IP_ADDRESS("ClientIPAddress", Kind.SCALAR),
    CLIENT_IP("ClientIP", Kind.SCALAR),
    ACTOR_IP_ADDRESS("ActorIpAddress", Kind.SCALAR),
    SESSION_ID("SessionId", Kind.SCALAR),
    APP_ID("AppId", Kind.SCALAR),
    CLIENT_APP_ID("ClientAppId", Kind.SCALAR),
    CLIENT_INFO_STRING("ClientInfoString", Kind.SCALAR),
    LOGON_TYPE("LogonType", Kind.SCALAR),
    MAILBOX_OWNER_UPN("MailboxOwnerUPN", Kind.SCALAR),
    MAILBOX_GUID("MailboxGuid", Kind.SCALAR),
    ORGANIZATION_ID("OrganizationId", Kind.SCALAR),
    OBJECT_ID("ObjectId", Kind.SCALAR),
    OPERATION_COUNT("OperationCount", Kind.SCALAR),
    OPERATION_PROPERTIES("OperationProperties", Kind.NAME_VALUES),
    PARAMETERS("Parameters", Kind.NAME_VALUES),
    MODIFIED_PROPERTIES("ModifiedProperties", Kind.NAME_VALUES),
    EXTENDED_PROPERTIES("ExtendedProperties", Kind.NAME_VALUES),
    DEVICE_PROPERTIES("DeviceProperties", Kind.DEVICE_PROPERTIES),
    APP_ACCESS_CONTEXT("AppAccessContext", Kind.APP_ACCESS_CONTEXT),
    FOLDERS("Folders", Kind.FOLDERS);

    /** How a field's value is read. */
    enum Kind { SCALAR, NAME_VALUES, DEVICE_PROPERTIES, APP_ACCESS_CONTEXT, FOLDERS }

    static final int COUNT = values().length;
    private static final int TABLE_SIZE = 64; // a power of two, more than twice the field count
    private static final AuditField[] TABLE = table();
    private static final int[] TABLE_KEYS = Arrays.stream(TABLE).mapToInt(field -> field == null ? 0 : field.nameKey).toArray();

    private final String jsonName;
    private final Kind kind;
    private final int nameKey;
    private final char[] nameCharacters;

    AuditField(String jsonName, Kind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
        this.nameKey = JsonScanner.nameKey(jsonName, 0, jsonName.length());
        this.nameCharacters = jsonName.toCharArray();
    }

    String jsonName() {
        return jsonName;
    }

    Kind kind() {
        return kind;
    }

    /** The key of a name/value list's values: {@code NewValue} for ModifiedProperties, else {@code Value}. */
    String valueKey() {
        return this == MODIFIED_PROPERTIES ? NameValueLists.NEW_VALUE : NameValueLists.VALUE;
    }

    /**
     * The field named by {@code text[start, end)}, whose {@link JsonScanner#nameKey} is {@code key}; null when
     * the normalizer does not read that field. Names match exactly, as JSON member names do.
     */
    static AuditField find(String text, int start, int end, int key) {
        for (int slot = key & (TABLE_SIZE - 1); TABLE[slot] != null; slot = (slot + 1) & (TABLE_SIZE - 1)) {
            if (TABLE_KEYS[slot] == key && TABLE[slot].isNamed(text, start, end)) {
                return TABLE[slot];
            }
        }
        return null;
    }

    private boolean isNamed(String text, int start, int end) {
        if (end - start != nameCharacters.length) {
            return false;
        }
        for (int index = 0; index < nameCharacters.length; index++) {
            if (text.charAt(start + index) != nameCharacters[index]) {
                return false;
            }
        }
        return true;
    }

    private static AuditField[] table() {
        if (values().length > Long.SIZE) {
            throw new IllegalStateException("AuditDataScanner keeps one bit per field in a long");
        }
        AuditField[] table = new AuditField[TABLE_SIZE];
        for (AuditField field : values()) {
            int slot = field.nameKey & (TABLE_SIZE - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (TABLE_SIZE - 1);
            }
            table[slot] = field;
        }
        return table;
    }
}
