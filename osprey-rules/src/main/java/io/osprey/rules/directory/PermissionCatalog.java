package io.osprey.rules.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.rules.engine.YamlDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names and risk of permissions: Microsoft Graph application roles (GraphAppRoles.csv) and delegated scopes
 * (GraphDelegateRoles.csv), the Exchange Online roles Graph's lists lack (OtherAppRoles.csv), and the risk
 * categories of {@code high-risk-permissions.yml}.
 */
public final class PermissionCatalog {
    private static final String RISK_RESOURCE = "/io/osprey/rules/high-risk-permissions.yml";
    private static final PermissionCatalog BUNDLED = load();

    private final Map<String, String> appRoleValues;
    private final Map<String, String> delegatedIds;
    private final Map<String, String> riskByValue;

    private PermissionCatalog(Map<String, String> appRoleValues, Map<String, String> delegatedIds,
                              Map<String, String> riskByValue) {
        this.appRoleValues = Map.copyOf(appRoleValues);
        this.delegatedIds = Map.copyOf(delegatedIds);
        this.riskByValue = Map.copyOf(riskByValue);
    }

    public static PermissionCatalog bundled() {
        return BUNDLED;
    }

    /** The value of a well-known application role (Graph or Exchange Online) by its id. */
    public Optional<String> appRoleValue(String roleId) {
        return Optional.ofNullable(appRoleValues.get(lower(roleId)));
    }

    /** The id of a Microsoft Graph delegated permission by its scope value. */
    public Optional<String> delegatedPermissionId(String scope) {
        return Optional.ofNullable(delegatedIds.get(lower(scope)));
    }

    /** The risk category of a permission value (mail-read, mail-send, ...), empty when not high-risk. */
    public Optional<String> riskCategory(String value) {
        return Optional.ofNullable(riskByValue.get(lower(value)));
    }

    private static PermissionCatalog load() {
        Map<String, String> appRoles = new HashMap<>();
        for (Map<String, String> row : ReferenceCsv.read("GraphAppRoles.csv")) {
            appRoles.put(lower(row.get("Id")), row.get("Value"));
        }
        for (Map<String, String> row : ReferenceCsv.read("OtherAppRoles.csv")) {
            appRoles.putIfAbsent(lower(row.get("Id")), row.get("Value"));
        }
        Map<String, String> delegated = new HashMap<>();
        for (Map<String, String> row : ReferenceCsv.read("GraphDelegateRoles.csv")) {
            delegated.putIfAbsent(lower(row.get("Value")), row.get("Id"));
        }
        return new PermissionCatalog(appRoles, delegated, risks());
    }

    private static Map<String, String> risks() {
        try (InputStream in = PermissionCatalog.class.getResourceAsStream(RISK_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RISK_RESOURCE);
            }
            JsonNode root = YamlDocuments.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> risks = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> categories = root.fields(); categories.hasNext(); ) {
                Map.Entry<String, JsonNode> category = categories.next();
                category.getValue().forEach(value -> risks.putIfAbsent(lower(value.asText()), category.getKey()));
            }
            return risks;
        } catch (IOException | YamlDocuments.YamlException e) {
            throw new IllegalStateException("cannot read " + RISK_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
