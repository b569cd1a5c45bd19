package io.osprey.collect.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.collect.CollectContext;
import io.osprey.collect.TimeWindow;
import io.osprey.collect.auth.Endpoints;
import io.osprey.collect.http.ApiException;
import io.osprey.collect.http.ApiRequest;
import io.osprey.collect.http.ApiResponse;
import io.osprey.collect.http.BodyCheck;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The calls of the Microsoft Graph audit log query API: {@code POST /security/auditLog/queries},
 * {@code GET /security/auditLog/queries/{id}} and {@code GET /security/auditLog/queries/{id}/records}. It uses
 * the beta version, where Microsoft moved the API back in April 2025.
 */
final class AuditQueryClient {
    static final String VERSION = "beta";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CollectContext context;
    private final String scope;

    AuditQueryClient(CollectContext context) {
        this.context = context;
        this.scope = context.endpoints().cloud().graphScope();
    }

    static URI queriesUri(Endpoints endpoints) {
        return URI.create(endpoints.graphHost() + "/" + VERSION + "/security/auditLog/queries");
    }

    URI queriesUri() {
        return queriesUri(context.endpoints());
    }

    URI queryUri(String id) {
        return URI.create(queriesUri() + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    URI recordsUri(String id) {
        return URI.create(queryUri(id) + "/records");
    }

    /** The body that creates a query for the window with the request's filters. */
    String queryBody(TimeWindow window) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("@odata.type", "#microsoft.graph.security.auditLogQuery");
        body.put("displayName", "osprey " + context.fingerprint() + " " + window.key());
        body.put("filterStartDateTime", CollectContext.utc(window.start()));
        body.put("filterEndDateTime", CollectContext.utc(window.end()));
        addFilter(body, "recordTypeFilters", context.request().recordTypes());
        addFilter(body, "operationFilters", context.request().operations());
        addFilter(body, "userPrincipalNameFilters", context.request().users());
        return body.toString();
    }

    /** Creates a query; returns its id. */
    Created create(TimeWindow window) throws ApiException, InterruptedException {
        ApiResponse response = context.api().send(ApiRequest.post(queriesUri(), queryBody(window), scope,
                BodyCheck.JSON));
        JsonNode query = tree(response);
        String id = query.path("id").asText("");
        if (id.isEmpty()) {
            throw new ApiException(ApiException.GAVE_UP, "", "the created query has no id", 1);
        }
        return new Created(id, response.retries());
    }

    QueryStatus status(String id) throws ApiException, InterruptedException {
        ApiResponse response = context.api().send(ApiRequest.get(queryUri(id), scope, BodyCheck.JSON));
        JsonNode query = tree(response);
        JsonNode approximate = query.get("approximateReturnedRecordCount");
        return new QueryStatus(query.path("status").asText("unknown"),
                query.path("isRecordCountLimitExceeded").asBoolean(false),
                approximate == null || approximate.isNull() ? null : approximate.asLong(), response.retries());
    }

    ApiResponse page(URI uri) throws ApiException, InterruptedException {
        return context.api().send(ApiRequest.get(uri, scope, BodyCheck.JSON));
    }

    private static JsonNode tree(ApiResponse response) throws ApiException {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(ApiException.GAVE_UP, "", "unreadable query response", 1);
        }
    }

    private static void addFilter(ObjectNode body, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = body.putArray(name);
            values.forEach(array::add);
        }
    }

    /** A created query. */
    record Created(String id, int retries) {
    }
}
