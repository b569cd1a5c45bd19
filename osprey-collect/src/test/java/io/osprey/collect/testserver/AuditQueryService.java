package io.osprey.collect.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Graph audit log query API ({@code /beta/security/auditLog/queries}) as documented: creation answers
 * 201 with status {@code notStarted}; polls report {@code running}, then {@code succeeded} (or {@code failed}
 * for windows told to fail); a query matching more records than the record limit reports
 * {@code isRecordCountLimitExceeded} and returns only the limit; records come in pages linked by
 * {@code @odata.nextLink}.
 */
public final class AuditQueryService {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A created query. */
    public record Query(String id, Instant start, Instant end, List<String> operations, List<String> users,
                        List<String> recordTypes, AtomicInteger polls, boolean fails) {
    }

    private final TenantData data;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();
    private final List<Query> created = new CopyOnWriteArrayList<>();
    private final Map<Instant, AtomicInteger> failuresByStart = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile int pageSize = 20;
    private volatile int recordLimit = Integer.MAX_VALUE;

    AuditQueryService(TenantData data) {
        this.data = data;
    }

    public void pageSize(int size) {
        this.pageSize = size;
    }

    /** The most records one query returns; a query matching more reports isRecordCountLimitExceeded. */
    public void recordLimit(int limit) {
        this.recordLimit = limit;
    }

    /** The next {@code times} queries whose window starts at {@code start} end in status failed. */
    public void failQueriesStartingAt(Instant start, int times) {
        failuresByStart.put(start, new AtomicInteger(times));
    }

    /** Forgets every query, as the service does once results expire: their ids then answer 404. */
    public void expireQueries() {
        queries.clear();
    }

    /** Every query created, in order. */
    public List<Query> created() {
        return List.copyOf(created);
    }

    Http.Answer create(String body, String base) throws IOException {
        JsonNode request = MAPPER.readTree(body);
        if (!"#microsoft.graph.security.auditLogQuery".equals(request.path("@odata.type").asText())) {
            return Http.Answer.error(400, "BadRequest", "@odata.type must be microsoft.graph.security.auditLogQuery");
        }
        Instant start = Instant.parse(request.path("filterStartDateTime").asText());
        Instant end = Instant.parse(request.path("filterEndDateTime").asText());
        AtomicInteger failures = failuresByStart.get(start);
        boolean fails = failures != null && failures.getAndDecrement() > 0;
        String id = "query-" + counter.incrementAndGet();
        Query query = new Query(id, start, end, strings(request, "operationFilters"),
                strings(request, "userPrincipalNameFilters"), strings(request, "recordTypeFilters"), new AtomicInteger(),
                fails);
        queries.put(id, query);
        created.add(query);
        return Http.Answer.json(201, "{\"@odata.context\":\"" + base + "/beta/$metadata#security/auditLog/queries/$entity\","
                + "\"@odata.type\":\"#microsoft.graph.security.auditLogQuery\",\"id\":\"" + id + "\",\"displayName\":\""
                + Http.escape(request.path("displayName").asText()) + "\",\"filterStartDateTime\":\"" + start
                + "\",\"filterEndDateTime\":\"" + end + "\",\"status\":\"notStarted\"}");
    }

    Http.Answer status(String id) {
        Query query = queries.get(id);
        if (query == null) {
            return Http.Answer.error(404, "ResourceNotFound", "The audit log query was not found.");
        }
        int polls = query.polls().incrementAndGet();
        String status = polls < 2 ? "running" : query.fails() ? "failed" : "succeeded";
        StringBuilder body = new StringBuilder("{\"@odata.type\":\"#microsoft.graph.security.auditLogQuery\",\"id\":\"")
                .append(id).append("\",\"status\":\"").append(status).append('"');
        if ("succeeded".equals(status)) {
            int matched = matching(query).size();
            body.append(",\"approximateReturnedRecordCount\":").append(Math.min(matched, recordLimit))
                    .append(",\"isRecordCountLimitExceeded\":").append(matched > recordLimit)
                    .append(",\"recordCountLimit\":").append(recordLimit == Integer.MAX_VALUE ? 1000000 : recordLimit);
        }
        return Http.Answer.json(200, body.append('}').toString());
    }

    Http.Answer records(String id, Map<String, String> query, String base) {
        Query known = queries.get(id);
        if (known == null) {
            return Http.Answer.error(404, "ResourceNotFound", "The audit log query was not found.");
        }
        if (known.polls().get() < 2 || known.fails()) {
            return Http.Answer.error(400, "BadRequest", "The query has not succeeded.");
        }
        List<String> records = matching(known).stream().limit(recordLimit).map(TenantData.AuditRecord::json).toList();
        String next = base + "/beta/security/auditLog/queries/" + id + "/records";
        return Http.Answer.json(200, Paging.page(records, Paging.offset(query), pageSize, next));
    }

    private List<TenantData.AuditRecord> matching(Query query) {
        List<TenantData.AuditRecord> matches = new ArrayList<>();
        Set<String> users = Set.copyOf(query.users().stream().map(String::toLowerCase).toList());
        for (TenantData.AuditRecord record : data.auditRecords()) {
            boolean inWindow = !record.created().isBefore(query.start()) && record.created().isBefore(query.end());
            boolean operation = query.operations().isEmpty() || query.operations().contains(record.operation());
            boolean user = users.isEmpty() || users.contains(record.user());
            boolean type = query.recordTypes().isEmpty() || query.recordTypes().contains(record.recordType());
            if (inWindow && operation && user && type) {
                matches.add(record);
            }
        }
        return matches;
    }

    private static List<String> strings(JsonNode request, String field) {
        List<String> values = new ArrayList<>();
        request.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
