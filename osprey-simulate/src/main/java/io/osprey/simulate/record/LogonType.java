package io.osprey.simulate.record;

/** The LogonType enum of the Exchange mailbox schema. */
public enum LogonType {
    OWNER(0, "Owner"),
    ADMIN(1, "Admin"),
    DELEGATED(2, "Delegated");

    private final int number;
    private final String label;

    LogonType(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    /** The name as Sentinel's {@code Logon_Type} column writes it. */
    public String label() {
        return label;
    }

    /** The LogonType name for a number, as written in the AuditData. */
    public static String labelOf(int number) {
        for (LogonType type : values()) {
            if (type.number == number) {
                return type.label;
            }
        }
        return Integer.toString(number);
    }
}
