package io.osprey.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.osprey.analysis.Ioc;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.report.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code CASE/reports/investigation/request.json}: what {@code osprey investigate} ran with (indicators, named
 * mailboxes, period, GeoIP database paths), so that {@code osprey report} and {@code osprey hunt} use the same request later:
 * <pre>{"iocs":["ip:203.0.113.7","session:..."],"mailboxes":["ceo@contoso.com"],"from":"2026-03-02T00:00:00Z","to":null}</pre>
 */
final class InvestigationRequestFile {
    static final String NAME = "request.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InvestigationRequestFile() {
    }

    static Path in(Path investigationDir) {
        return investigationDir.resolve(NAME);
    }

    static void write(InvestigationRequest request, Path file) throws IOException {
        write(request, GeoIpFiles.NONE, file);
    }

    /** Also records the GeoIP databases given (their paths), so that a later report uses them again. */
    static void write(InvestigationRequest request, GeoIpFiles geoIp, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode iocs = root.putArray("iocs");
        request.iocs().forEach(ioc -> iocs.add(ioc.text()));
        ArrayNode mailboxes = root.putArray("mailboxes");
        new TreeSet<>(request.mailboxes()).forEach(mailboxes::add);
        root.put("from", request.from() == null ? null : request.from().toString());
        root.put("to", request.to() == null ? null : request.to().toString());
        if (!geoIp.isEmpty()) {
            ObjectNode databases = root.putObject("geoIp");
            databases.put("asn", pathText(geoIp.asn()));
            databases.put("city", pathText(geoIp.city()));
            databases.put("anonymousIp", pathText(geoIp.anonymousIp()));
        }
        AtomicFile atomic = new AtomicFile(file);
        try {
            JSON.writeValue(atomic.temporary().toFile(), root);
            atomic.commit();
        } catch (IOException failure) {
            atomic.discard();
            throw failure;
        }
    }

    /**
     * The saved request, or empty when the file does not exist.
     *
     * @throws IOException when the file exists but cannot be read or is not a saved request (message names it)
     */
    static Optional<InvestigationRequest> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            InvestigationRequest.Builder builder = InvestigationRequest.builder();
            for (JsonNode ioc : root.path("iocs")) {
                builder.ioc(Ioc.parse(ioc.asText()));
            }
            root.path("mailboxes").forEach(mailbox -> builder.mailbox(mailbox.asText()));
            Instant from = time(root.path("from"));
            Instant to = time(root.path("to"));
            if (from != null || to != null) {
                builder.period(from, to);
            }
            JsonNode databases = root.path("geoIp");
            GeoIpFiles geoIp = new GeoIpFiles(path(databases.path("asn")), path(databases.path("city")),
                    path(databases.path("anonymousIp")));
            if (!geoIp.isEmpty()) {
                builder.geoIp(geoIp.open());
            }
            return Optional.of(builder.build());
        } catch (IOException | IllegalArgumentException | DateTimeParseException unusable) {
            throw new IOException(file + ": not a saved investigation request (" + unusable.getMessage()
                    + "); rerun osprey investigate", unusable);
        }
    }

    private static String pathText(Path path) {
        return path == null ? null : path.toAbsolutePath().toString();
    }

    private static Path path(JsonNode node) {
        return node.isTextual() ? Path.of(node.asText()) : null;
    }

    private static Instant time(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
