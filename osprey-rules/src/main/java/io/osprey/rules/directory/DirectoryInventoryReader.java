package io.osprey.rules.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads saved Microsoft Graph responses from a folder. Each collection is a file named after its Graph path
 * — {@code domains.json}, {@code servicePrincipals.json}, {@code applications.json}, optionally
 * {@code oauth2PermissionGrants.json} — holding a Graph page ({@code {"value":[...]}}) or a bare array;
 * further pages of the same collection may be saved as {@code domains-2.json}, {@code domains-3.json}, ...
 * Domains may carry {@code federationConfiguration} inline (an object or a list); service principals
 * {@code appRoleAssignments}, {@code oauth2PermissionGrants} and {@code appRoles} inline (as with
 * {@code $expand}). Missing files mean an empty collection.
 */
public final class DirectoryInventoryReader {
    public static final String DOMAINS = "domains";
    public static final String SERVICE_PRINCIPALS = "servicePrincipals";
    public static final String APPLICATIONS = "applications";
    public static final String PERMISSION_GRANTS = "oauth2PermissionGrants";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectoryInventoryReader() {
    }

    public static DirectoryInventory read(Path directory) throws DirectoryInventoryException {
        List<DirectoryDomain> domains = new ArrayList<>();
        for (JsonNode domain : collection(directory, DOMAINS)) {
            domains.add(DirectoryObjects.domain(domain));
        }
        List<ServicePrincipal.PermissionGrant> separateGrants = new ArrayList<>();
        for (JsonNode grant : collection(directory, PERMISSION_GRANTS)) {
            separateGrants.add(DirectoryObjects.grant(grant));
        }
        List<ServicePrincipal> principals = new ArrayList<>();
        for (JsonNode principal : collection(directory, SERVICE_PRINCIPALS)) {
            principals.add(DirectoryObjects.servicePrincipal(principal, separateGrants));
        }
        List<DirectoryApplication> applications = new ArrayList<>();
        for (JsonNode application : collection(directory, APPLICATIONS)) {
            applications.add(DirectoryObjects.application(application));
        }
        return new DirectoryInventory(domains, principals, applications);
    }

    private static List<JsonNode> collection(Path directory, String name) throws DirectoryInventoryException {
        List<JsonNode> objects = new ArrayList<>();
        for (Path file : pages(directory, name)) {
            JsonNode page = parse(file);
            JsonNode values = page.isArray() ? page : page.get("value");
            if (values == null || !values.isArray()) {
                throw new DirectoryInventoryException(file + ": expected a Graph page {\"value\":[...]} or a JSON array",
                        null);
            }
            values.forEach(objects::add);
        }
        return objects;
    }

    private static List<Path> pages(Path directory, String name) throws DirectoryInventoryException {
        Pattern page = Pattern.compile(Pattern.quote(name) + "(-\\d+)?\\.json");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> page.matcher(file.getFileName().toString()).matches())
                    .sorted((left, right) -> Integer.compare(pageNumber(left, name), pageNumber(right, name)))
                    .toList();
        } catch (IOException e) {
            throw new DirectoryInventoryException(directory + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static int pageNumber(Path file, String name) {
        String fileName = file.getFileName().toString();
        String middle = fileName.substring(name.length(), fileName.length() - ".json".length());
        return middle.isEmpty() ? 1 : Integer.parseInt(middle.substring(1));
    }

    private static JsonNode parse(Path file) throws DirectoryInventoryException {
        try {
            JsonNode node = JSON.readTree(Files.readString(file));
            if (node == null) {
                throw new DirectoryInventoryException(file + ": the file is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DirectoryInventoryException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DirectoryInventoryException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
