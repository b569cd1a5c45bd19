package io.osprey.collect.testserver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Graph v1.0 directory collections and the sign-in log, paged two objects at a time. */
public final class DirectoryService {
    static final List<String> DOMAINS = List.of(
            "{\"id\":\"contoso.com\",\"authenticationType\":\"Managed\",\"isDefault\":true,\"isVerified\":true}",
            "{\"id\":\"fed.contoso.com\",\"authenticationType\":\"Federated\",\"isDefault\":false,\"isVerified\":true}",
            "{\"id\":\"contoso.onmicrosoft.com\",\"authenticationType\":\"Managed\",\"isInitial\":true}");
    static final List<String> FEDERATION = List.of("{\"@odata.type\":\"#microsoft.graph.internalDomainFederation\","
            + "\"id\":\"6601d14b-d113-8f64-fda2-9b5ddda18ecc\",\"displayName\":\"Contoso ADFS\","
            + "\"issuerUri\":\"http://adfs.fed.contoso.com/adfs/services/trust\",\"passiveSignInUri\":"
            + "\"https://adfs.fed.contoso.com/adfs/ls/\",\"signingCertificate\":\"MIIC...\"}");
    static final List<String> SERVICE_PRINCIPALS = List.of(
            "{\"id\":\"sp-1\",\"appId\":\"00000003-0000-0000-c000-000000000000\",\"displayName\":\"Microsoft Graph\","
                    + "\"keyCredentials\":[]}",
            "{\"id\":\"sp-2\",\"appId\":\"b1c2d3e4-0000-0000-0000-000000000001\",\"displayName\":\"Mail Sync Tool\","
                    + "\"keyCredentials\":[{\"keyId\":\"k1\",\"type\":\"AsymmetricX509Cert\"}]}",
            "{\"id\":\"sp-3\",\"appId\":\"b1c2d3e4-0000-0000-0000-000000000002\",\"displayName\":\"Backup App\","
                    + "\"passwordCredentials\":[{\"keyId\":\"p1\",\"displayName\":\"added by attacker\"}]}");
    static final Map<String, List<String>> ASSIGNMENTS = Map.of(
            "sp-2", List.of("{\"id\":\"ara-1\",\"principalId\":\"sp-2\",\"resourceId\":\"sp-1\","
                    + "\"appRoleId\":\"810c84a8-4a9e-49e6-bf7d-12d183f40d01\"}",
                    "{\"id\":\"ara-2\",\"principalId\":\"sp-2\",\"resourceId\":\"sp-1\","
                    + "\"appRoleId\":\"e2a3a72e-5f79-4c64-b1b1-878b674786c9\"}",
                    "{\"id\":\"ara-3\",\"principalId\":\"sp-2\",\"resourceId\":\"sp-1\","
                    + "\"appRoleId\":\"7ab1d382-f21e-4acd-a863-ba3e13f7da61\"}"),
            "sp-3", List.of("{\"id\":\"ara-4\",\"principalId\":\"sp-3\",\"resourceId\":\"sp-1\","
                    + "\"appRoleId\":\"810c84a8-4a9e-49e6-bf7d-12d183f40d01\"}"));
    static final List<String> GRANTS = List.of(
            "{\"id\":\"grant-1\",\"clientId\":\"sp-2\",\"consentType\":\"AllPrincipals\",\"resourceId\":\"sp-1\","
                    + "\"scope\":\"Mail.Read offline_access\"}");
    static final List<String> APPLICATIONS = List.of(
            "{\"id\":\"app-1\",\"appId\":\"b1c2d3e4-0000-0000-0000-000000000001\",\"displayName\":\"Mail Sync Tool\","
                    + "\"keyCredentials\":[{\"keyId\":\"k1\"}],\"passwordCredentials\":[]}",
            "{\"id\":\"app-2\",\"appId\":\"b1c2d3e4-0000-0000-0000-000000000002\",\"displayName\":\"Backup App\","
                    + "\"keyCredentials\":[],\"passwordCredentials\":[{\"keyId\":\"p1\"}]}");
    private static final Pattern TIME = Pattern.compile("createdDateTime (ge|lt) (\\S+)");
    private static final Pattern USER = Pattern.compile("userPrincipalName eq '((?:[^']|'')*)'");

    private final TenantData data;

    DirectoryService(TenantData data) {
        this.data = data;
    }

    Http.Answer get(String path, Map<String, String> query, String base) {
        String url = base + path;
        List<String> objects;
        if (path.equals("/v1.0/domains")) {
            objects = DOMAINS;
        } else if (path.equals("/v1.0/domains/fed.contoso.com/federationConfiguration")) {
            objects = FEDERATION;
        } else if (path.equals("/v1.0/servicePrincipals")) {
            objects = SERVICE_PRINCIPALS;
        } else if (path.startsWith("/v1.0/servicePrincipals/") && path.endsWith("/appRoleAssignments")) {
            String id = path.substring("/v1.0/servicePrincipals/".length(), path.length() - "/appRoleAssignments".length());
            objects = ASSIGNMENTS.getOrDefault(id, List.of());
        } else if (path.equals("/v1.0/oauth2PermissionGrants")) {
            objects = GRANTS;
        } else if (path.equals("/v1.0/applications")) {
            objects = APPLICATIONS;
        } else if (path.equals("/v1.0/auditLogs/signIns")) {
            objects = signIns(query.getOrDefault("$filter", ""));
            url = base + path + "?$filter=" + java.net.URLEncoder.encode(query.getOrDefault("$filter", ""),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        } else {
            return Http.Answer.error(404, "Request_ResourceNotFound", "Resource " + path + " does not exist.");
        }
        return Http.Answer.json(200, Paging.page(objects, Paging.offset(query), 2, url));
    }

    private List<String> signIns(String filter) {
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        Matcher time = TIME.matcher(filter);
        while (time.find()) {
            if ("ge".equals(time.group(1))) {
                from = Instant.parse(time.group(2));
            } else {
                to = Instant.parse(time.group(2));
            }
        }
        List<String> users = new ArrayList<>();
        Matcher user = USER.matcher(filter);
        while (user.find()) {
            users.add(user.group(1).replace("''", "'").toLowerCase());
        }
        List<String> matches = new ArrayList<>();
        for (String signIn : data.signIns()) {
            Instant created = Instant.parse(field(signIn, "createdDateTime"));
            String upn = field(signIn, "userPrincipalName");
            if (!created.isBefore(from) && created.isBefore(to) && (users.isEmpty() || users.contains(upn))) {
                matches.add(signIn);
            }
        }
        return matches;
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }
}
