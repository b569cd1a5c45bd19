package io.osprey.collect.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.collect.CollectContext;
import io.osprey.collect.CollectRequest;
import io.osprey.collect.PlannedFetch;
import io.osprey.collect.Source;
import io.osprey.collect.checkpoint.AcquisitionState;
import io.osprey.collect.checkpoint.ItemState;
import io.osprey.collect.checkpoint.UnitStatus;
import io.osprey.collect.evidence.SafeNames;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.BodyCheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Graph directory data the hunt needs: domains and the federation configuration of each federated domain,
 * service principals with the app roles assigned to them, OAuth2 permission grants, and applications with their
 * key and password credentials. Each item is saved as {@code directory/<item>.json} ({@code {"value":[...]}},
 * all pages merged). An item the app may not read is recorded as a hole; the other items go on.
 */
public final class DirectoryCollector {
    static final String DOMAINS = "domains";
    static final String FEDERATION = "federationConfiguration";
    static final String SERVICE_PRINCIPALS = "servicePrincipals";
    static final String APP_ROLE_ASSIGNMENTS = "appRoleAssignments";
    static final String GRANTS = "oauth2PermissionGrants";
    static final String APPLICATIONS = "applications";
    private static final List<String> ITEMS =
            List.of(DOMAINS, FEDERATION, SERVICE_PRINCIPALS, APP_ROLE_ASSIGNMENTS, GRANTS, APPLICATIONS);

    private DirectoryCollector() {
    }

    public static void collect(CollectContext context) throws InterruptedException {
        context.checkpoint().update(acquisition -> ITEMS.forEach(item ->
                acquisition.directory().putIfAbsent(item, ItemState.pending(item))));
        for (String item : ITEMS) {
            ItemState state = context.checkpoint().read(acquisition -> acquisition.directory().get(item));
            if (state.status().isSettled()) {
                continue;
            }
            try {
                ItemState saved = fetch(context, item);
                context.checkpoint().update(acquisition -> acquisition.directory().put(item, saved));
                context.progress("directory " + item + ": " + saved.records() + " objects");
            } catch (ApiException | IOException e) {
                String reason = e.getMessage() + (e instanceof ApiException api && api.isAccessDenied()
                        ? " (the app needs Directory.Read.All or Application.Read.All and Domain.Read.All)" : "");
                context.checkpoint().update(acquisition -> acquisition.directory().put(item,
                        new ItemState(item, UnitStatus.FAILED, List.of(), 0, 0, 0, reason)));
                context.warn("directory " + item + " could not be collected: " + reason);
            }
        }
    }

    private static ItemState fetch(CollectContext context, String item)
            throws ApiException, InterruptedException, IOException {
        return switch (item) {
            case FEDERATION -> federation(context);
            case APP_ROLE_ASSIGNMENTS -> appRoleAssignments(context);
            default -> single(context, item, List.of(collection(context, item)), "directory/" + item + ".json");
        };
    }

    private static ItemState single(CollectContext context, String item, List<URI> collections, String path)
            throws ApiException, InterruptedException, IOException {
        MergedPages.Saved saved = MergedPages.fetch(context, collections, path, false, value -> { });
        return new ItemState(item, UnitStatus.COMPLETE, List.of(path), saved.records(), saved.pages(),
                saved.retries(), null);
    }

    private static ItemState federation(CollectContext context)
            throws ApiException, InterruptedException, IOException {
        List<String> files = new ArrayList<>();
        long records = 0;
        int pages = 0;
        int retries = 0;
        for (JsonNode domain : savedObjects(context, DOMAINS)) {
            if (!"federated".equalsIgnoreCase(domain.path("authenticationType").asText(""))) {
                continue;
            }
            String id = domain.path("id").asText();
            String path = "directory/" + FEDERATION + "/" + SafeNames.of(id) + ".json";
            MergedPages.Saved saved = MergedPages.fetch(context, List.of(URI.create(graph(context) + "/domains/"
                    + encode(id) + "/federationConfiguration")), path, false, value -> { });
            files.add(path);
            records += saved.records();
            pages += saved.pages();
            retries += saved.retries();
        }
        return new ItemState(FEDERATION, UnitStatus.COMPLETE, files, records, pages, retries, null);
    }

    private static ItemState appRoleAssignments(CollectContext context)
            throws ApiException, InterruptedException, IOException {
        List<URI> collections = new ArrayList<>();
        for (JsonNode principal : savedObjects(context, SERVICE_PRINCIPALS)) {
            collections.add(URI.create(graph(context) + "/servicePrincipals/" + encode(principal.path("id").asText())
                    + "/appRoleAssignments"));
        }
        return single(context, APP_ROLE_ASSIGNMENTS, collections, "directory/" + APP_ROLE_ASSIGNMENTS + ".json");
    }

    /** The objects of an item saved earlier (in this run or an interrupted one). */
    private static JsonNode savedObjects(CollectContext context, String item) throws IOException {
        ItemState state = context.checkpoint().read(acquisition -> acquisition.directory().get(item));
        if (state == null || state.status() != UnitStatus.COMPLETE) {
            throw new IOException("needs " + item + ", which could not be collected");
        }
        try (InputStream in = Files.newInputStream(context.evidence().resolve(state.files().get(0)))) {
            return BodyCheck.MAPPER.readTree(in).path("value");
        }
    }

    private static URI collection(CollectContext context, String item) {
        return URI.create(graph(context) + "/" + item);
    }

    private static String graph(CollectContext context) {
        return context.endpoints().graphHost() + "/v1.0";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What a run would fetch, given what the checkpoint already holds (state may be null); no network. */
    public static List<PlannedFetch> plan(CollectRequest request, AcquisitionState state) {
        String graph = request.signIn().endpoints().graphHost() + "/v1.0";
        List<PlannedFetch> fetches = new ArrayList<>();
        for (String item : ITEMS) {
            ItemState known = state == null ? null : state.directory().get(item);
            String status = known == null || known.status() == UnitStatus.PENDING ? "to fetch" : known.status().isSettled()
                    ? "already " + known.status().name().toLowerCase(Locale.ROOT) : "to fetch again";
            String url = switch (item) {
                case FEDERATION -> graph + "/domains/{federated domain}/federationConfiguration";
                case APP_ROLE_ASSIGNMENTS -> graph + "/servicePrincipals/{id}/appRoleAssignments";
                default -> graph + "/" + item;
            };
            fetches.add(new PlannedFetch(Source.DIRECTORY, "GET", url, item, status,
                    "all pages merged into directory/" + item + (item.equals(FEDERATION) ? "/" : ".json")));
        }
        return fetches;
    }
}
