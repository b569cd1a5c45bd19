package io.osprey.simulate.record;

/** The AuditLogRecordType values the simulator writes (Management Activity API schema numbering). */
public enum RecordType {
    EXCHANGE_ADMIN(1, "ExchangeAdmin"),
    EXCHANGE_ITEM(2, "ExchangeItem"),
    AZURE_ACTIVE_DIRECTORY(8, "AzureActiveDirectory"),
    AZURE_ACTIVE_DIRECTORY_STS_LOGON(15, "AzureActiveDirectoryStsLogon"),
    EXCHANGE_ITEM_AGGREGATED(50, "ExchangeItemAggregated"),
    EXCHANGE_SEARCH(101, "ExchangeSearch");

    private final int number;
    private final String pascalName;

    RecordType(int number, String pascalName) {
        this.number = number;
        this.pascalName = pascalName;
    }

    public int number() {
        return number;
    }

    /** The enum name as Search-UnifiedAuditLog prints it, e.g. {@code ExchangeItemAggregated}. */
    public String pascalName() {
        return pascalName;
    }

    /** The enum name as the Graph audit log API writes it, e.g. {@code exchangeItemAggregated}. */
    public String camelName() {
        return Character.toLowerCase(pascalName.charAt(0)) + pascalName.substring(1);
    }
}
