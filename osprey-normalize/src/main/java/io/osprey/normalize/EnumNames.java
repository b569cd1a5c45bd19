package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small Int32 enum of the audit schema (UserType, LogonType) read from its number or its name in any case,
 * answered with the canonical PascalCase name. An unknown number is kept as its decimal text and an unknown
 * name as written, so no value is silently dropped.
 */
final class EnumNames {
    static final EnumNames USER_TYPES = new EnumNames(List.of("Regular", "Reserved", "Admin", "DCAdmin", "System",
            "Application", "ServicePrincipal", "CustomPolicy", "SystemPolicy", "PartnerTechnician", "Guest"),
            Map.of());
    static final EnumNames LOGON_TYPES = new EnumNames(List.of("Owner", "Admin", "Delegated", "Transport",
            "SystemService", "BestAccess", "DelegatedAdmin"), Map.of("delegate", "Delegated"));

    private final List<String> namesByNumber;
    private final Map<String, String> namesByLowerCase;

    private EnumNames(List<String> namesByNumber, Map<String, String> aliases) {
        this.namesByNumber = namesByNumber;
        Map<String, String> lookup = new HashMap<>(aliases);
        namesByNumber.forEach(name -> lookup.put(name.toLowerCase(Locale.ROOT), name));
        this.namesByLowerCase = Map.copyOf(lookup);
    }

    /** The canonical name for a value given as a number, a numeric string or a name; null when absent. */
    String name(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return byNumber(value.longValue());
        }
        String text = JsonValues.text(value);
        return text == null ? null : name(text);
    }

    String name(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        Long number = JsonValues.parseLong(trimmed);
        if (number != null) {
            return byNumber(number);
        }
        String known = namesByLowerCase.get(trimmed.toLowerCase(Locale.ROOT));
        return known != null ? known : trimmed;
    }

    private String byNumber(long number) {
        return number >= 0 && number < namesByNumber.size() ? namesByNumber.get((int) number) : Long.toString(number);
    }
}
