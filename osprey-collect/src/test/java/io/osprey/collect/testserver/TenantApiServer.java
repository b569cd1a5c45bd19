package io.osprey.collect.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTPS server (the JDK's com.sun.net.httpserver) playing a Microsoft 365 tenant: the sign-in
 * authority, Microsoft Graph and the Management Activity API on one port. Tests queue faults per request kind,
 * read the request log, and hook the n-th answered request of a kind (to interrupt a collector mid-run).
 */
public final class TenantApiServer implements AutoCloseable {
    public static final String CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    static final String GRAPH_AUDIENCE = "https://graph.microsoft.com";
    static final String ACTIVITY_AUDIENCE = "https://manage.office.com";

    /** One request as the server saw it. */
    public record Logged(RequestKind kind, String method, String pathAndQuery, int status, String authorization) {
    }

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-tenant");
        thread.setDaemon(true);
        return thread;
    });
    private final TokenService tokens = new TokenService(TenantData.TENANT, CLIENT_ID);
    private final AuditQueryService audit;
    private final ActivityFeedService activity;
    private final DirectoryService directory;
    private final Map<RequestKind, Deque<Fault>> faults = new EnumMap<>(RequestKind.class);
    private final Map<RequestKind, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final Map<RequestKind, Map<Integer, Runnable>> hooks = new ConcurrentHashMap<>();
    private final List<Logged> log = new CopyOnWriteArrayList<>();

    static {
        // The JDK server keeps a connection whose response never completes; with this it drops such a connection
        // after a second, which is how a cut connection (Content-Length not reached) reaches the client.
        System.setProperty("sun.net.httpserver.maxRspTime", "1");
    }

    private TenantApiServer(TenantData data) throws IOException {
        this.audit = new AuditQueryService(data);
        this.activity = new ActivityFeedService(data);
        this.directory = new DirectoryService(data);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(TestTls.get().serverContext()));
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static TenantApiServer start(TenantData data) {
        try {
            return new TenantApiServer(data);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test tenant", e);
        }
    }

    public URI base() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    public TokenService tokens() {
        return tokens;
    }

    public AuditQueryService audit() {
        return audit;
    }

    public ActivityFeedService activity() {
        return activity;
    }

    /** The next request of this kind gets the fault (faults of a kind are used in the order queued). */
    public synchronized void fault(RequestKind kind, Fault fault) {
        faults.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(fault);
    }

    /** Runs {@code action} right after the {@code count}-th successful answer of this kind. */
    public void after(RequestKind kind, int count, Runnable action) {
        hooks.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).put(count, action);
    }

    public List<Logged> requests() {
        return List.copyOf(log);
    }

    public List<Logged> requests(RequestKind kind) {
        return log.stream().filter(request -> request.kind() == kind).toList();
    }

    private synchronized Fault nextFault(RequestKind kind) {
        Deque<Fault> queue = faults.get(kind);
        return queue == null ? null : queue.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String decodedPath = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        RequestKind kind = kind(method, decodedPath);
        Map<String, String> query = Http.query(exchange.getRequestURI().getRawQuery());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Http.Answer answer;
        Fault fault = null;
        try {
            answer = authorize(kind, authorization, query);
            if (answer == null) {
                fault = nextFault(kind);
                answer = fault instanceof Fault.Status status
                        ? new Http.Answer(status.status(), status.body().getBytes(), status.headers())
                        : answer(kind, exchange, decodedPath, query);
            }
        } catch (RuntimeException e) {
            answer = Http.Answer.error(500, "InternalServerError", e.getClass().getSimpleName());
        }
        log.add(new Logged(kind, method, path + (exchange.getRequestURI().getRawQuery() == null ? ""
                : "?" + exchange.getRequestURI().getRawQuery()), answer.status(), authorization));
        if (fault instanceof Fault.CutConnection) {
            Http.sendCut(exchange, answer);
        } else if (fault instanceof Fault.CutJson) {
            byte[] half = java.util.Arrays.copyOf(answer.body(), answer.body().length / 2);
            Http.send(exchange, new Http.Answer(200, half, answer.headers()));
        } else {
            Http.send(exchange, answer);
            if (answer.status() / 100 == 2) {
                int count = answered.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                Runnable hook = hooks.getOrDefault(kind, Map.of()).get(count);
                if (hook != null) {
                    hook.run();
                }
            }
        }
    }

    private Http.Answer authorize(RequestKind kind, String authorization, Map<String, String> query) {
        String audience = switch (kind) {
            case AUDIT_CREATE, AUDIT_STATUS, AUDIT_RECORDS, DIRECTORY, SIGNINS -> GRAPH_AUDIENCE;
            case ACTIVITY_START, ACTIVITY_LIST, ACTIVITY_BLOB -> ACTIVITY_AUDIENCE;
            default -> null;
        };
        if (audience == null) {
            return null;
        }
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : null;
        if (!audience.equals(tokens.audienceOf(token))) {
            return Http.Answer.error(401, "InvalidAuthenticationToken", "Access token is empty, expired or for"
                    + " another audience.");
        }
        if (audience.equals(ACTIVITY_AUDIENCE) && !TenantData.TENANT.equals(query.get("PublisherIdentifier"))) {
            return Http.Answer.error(400, "AF20001", "PublisherIdentifier is missing (test server requires it)");
        }
        return null;
    }

    private Http.Answer answer(RequestKind kind, HttpExchange exchange, String path, Map<String, String> query)
            throws IOException {
        String base = base().toString();
        String feedRoot = base + "/api/v1.0/" + TenantData.TENANT + "/activity/feed";
        return switch (kind) {
            case TOKEN -> tokens.token(Http.form(Http.body(exchange)), base + path);
            case DEVICE_CODE -> tokens.deviceCode(Http.form(Http.body(exchange)));
            case AUDIT_CREATE -> audit.create(Http.body(exchange), base);
            case AUDIT_STATUS -> audit.status(segment(path, 5));
            case AUDIT_RECORDS -> audit.records(segment(path, 5), query, base);
            case ACTIVITY_START -> activity.start(query);
            case ACTIVITY_LIST -> activity.list(query, feedRoot);
            case ACTIVITY_BLOB -> activity.blob(path.substring(path.lastIndexOf('/') + 1));
            case DIRECTORY, SIGNINS -> directory.get(path, query, base);
            default -> Http.Answer.error(404, "NotFound", "no such endpoint: " + path);
        };
    }

    private static String segment(String path, int index) {
        return path.split("/")[index];
    }

    static RequestKind kind(String method, String path) {
        String tenantRoot = "/" + TenantData.TENANT + "/oauth2/v2.0/";
        String feed = "/api/v1.0/" + TenantData.TENANT + "/activity/feed/";
        if (path.equals(tenantRoot + "token")) {
            return RequestKind.TOKEN;
        } else if (path.equals(tenantRoot + "devicecode")) {
            return RequestKind.DEVICE_CODE;
        } else if (path.equals("/beta/security/auditLog/queries") && method.equals("POST")) {
            return RequestKind.AUDIT_CREATE;
        } else if (path.matches("/beta/security/auditLog/queries/[^/]+")) {
            return RequestKind.AUDIT_STATUS;
        } else if (path.matches("/beta/security/auditLog/queries/[^/]+/records")) {
            return RequestKind.AUDIT_RECORDS;
        } else if (path.equals(feed + "subscriptions/start") && method.equals("POST")) {
            return RequestKind.ACTIVITY_START;
        } else if (path.equals(feed + "subscriptions/content")) {
            return RequestKind.ACTIVITY_LIST;
        } else if (path.startsWith(feed + "audit/")) {
            return RequestKind.ACTIVITY_BLOB;
        } else if (path.equals("/v1.0/auditLogs/signIns")) {
            return RequestKind.SIGNINS;
        } else if (path.startsWith("/v1.0/")) {
            return RequestKind.DIRECTORY;
        }
        return RequestKind.UNKNOWN;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** For assertions: the paths of every request of a kind. */
    public List<String> paths(RequestKind kind) {
        List<String> paths = new ArrayList<>();
        requests(kind).forEach(request -> paths.add(request.pathAndQuery()));
        return paths;
    }
}
