package io.osprey.rules.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.rules.Level;
import io.osprey.rules.directory.DirectoryDomain;
import io.osprey.rules.directory.DirectoryInventory;
import io.osprey.rules.engine.EventView;
import io.osprey.rules.engine.JsonText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A domain's federation trust actually changed: in a "Set domain authentication." or "Set federation settings
 * on domain." record, a federation property (authentication type, issuer, signing certificate, sign-in and
 * sign-out addresses, metadata, MFA behaviour, protocol) has an OldValue different from its NewValue. A rule
 * cannot compare two values of one record; this check does, and lists what changed from what to what. When
 * the directory inventory knows the domain, its current authentication type is reported beside.
 */
public final class FederationChangeCheck implements CodeCheck {
    public static final String ID = "aad-federation-trust-changed";
    public static final CheckInfo INFO = new CheckInfo(ID,
            "Federation trust of a domain changed (authentication type, issuer or signing certificate)",
            Level.HIGH, "A changed issuer or token-signing certificate lets whoever holds the new key sign in as "
            + "any user of the domain (Golden SAML, Solorigate).", Optional.empty());
    private static final Set<String> OPERATIONS =
            Set.of("Set domain authentication.", "Set federation settings on domain.");
    private static final Pattern FEDERATION_PROPERTY = Pattern.compile(
            "(?i).*(issuer|certificate|logonuri|logoffuri|signinuri|signouturi|metadata|livetype|authentication"
                    + "|federat|mfa|protocol|prompt).*");
    private static final Pattern DOMAIN_NAME = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final int SHOWN_VALUE = 120;

    private final DirectoryInventory inventory;

    public FederationChangeCheck(DirectoryInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public Optional<Map<String, String>> evaluate(EventView view) {
        if (!OPERATIONS.contains(view.event().operation())) {
            return Optional.empty();
        }
        List<String> changes = changes(view.auditData().get("ModifiedProperties"));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Operation", view.event().operation());
        String domain = domain(view);
        if (!domain.isEmpty()) {
            fields.put("Domain", domain);
            inventory.domain(domain).map(DirectoryDomain::authenticationType).filter(type -> !type.isEmpty())
                    .ifPresent(type -> fields.put("DirectoryAuthenticationType", type));
        }
        fields.put("Changed", String.join("; ", changes));
        return Optional.of(Collections.unmodifiableMap(fields));
    }

    private static List<String> changes(JsonNode modifiedProperties) {
        List<String> changes = new ArrayList<>();
        if (modifiedProperties == null || !modifiedProperties.isArray()) {
            return changes;
        }
        for (JsonNode property : modifiedProperties) {
            String name = JsonText.scalar(property.get("Name"));
            if (name.equals("Included Updated Properties") || !FEDERATION_PROPERTY.matcher(name).matches()) {
                continue;
            }
            String oldValue = bare(JsonText.scalar(property.get("OldValue")));
            String newValue = bare(JsonText.scalar(property.get("NewValue")));
            if (!oldValue.equals(newValue)) {
                changes.add(name + ": " + shown(oldValue) + " -> " + shown(newValue));
            }
        }
        return changes;
    }

    /** The value without the JSON list dressing the log puts around it ({@code [\r\n  "Federated"\r\n]}). */
    static String bare(String value) {
        String text = value.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.strip();
    }

    private static String shown(String value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        return value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE) + "…";
    }

    private static String domain(EventView view) {
        String objectId = view.event().objectId();
        if (objectId != null && DOMAIN_NAME.matcher(objectId.trim()).matches()) {
            return objectId.trim();
        }
        JsonNode targets = view.auditData().get("Target");
        if (targets != null && targets.isArray()) {
            for (JsonNode target : targets) {
                String id = JsonText.scalar(target.get("ID")).trim();
                if (DOMAIN_NAME.matcher(id).matches()) {
                    return id;
                }
            }
        }
        return "";
    }
}
