package io.osprey.simulate.record;

/** The UserType enum of the common schema. */
public enum UserType {
    REGULAR(0, "Regular"),
    ADMIN(2, "Admin"),
    DC_ADMIN(3, "DcAdmin"),
    SYSTEM(4, "System"),
    APPLICATION(5, "Application"),
    SERVICE_PRINCIPAL(6, "ServicePrincipal");

    private final int number;
    private final String pascalName;

    UserType(int number, String pascalName) {
        this.number = number;
        this.pascalName = pascalName;
    }

    public int number() {
        return number;
    }

    /** The name as Sentinel's OfficeActivity table writes it, e.g. {@code Regular}. */
    public String pascalName() {
        return pascalName;
    }

    /** The name as the Graph audit log API writes it, e.g. {@code regular}, {@code dcAdmin}. */
    public String camelName() {
        return Character.toLowerCase(pascalName.charAt(0)) + pascalName.substring(1);
    }
}
