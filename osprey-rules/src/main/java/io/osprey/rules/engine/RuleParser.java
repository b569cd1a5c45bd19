package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.osprey.rules.Level;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one Sigma-shaped rule file and compiles it, collecting every problem instead of stopping at the
 * first, so {@code osprey rules lint} can report them all.
 */
public final class RuleParser {
    static final Set<String> KNOWN_KEYS = Set.of("title", "id", "related", "name", "taxonomy", "status",
            "description", "references", "author", "date", "modified", "tags", "logsource", "detection",
            "fields", "falsepositives", "level", "license", "scope", "osprey");
    static final Set<String> STATUSES = Set.of("stable", "test", "experimental", "deprecated", "unsupported");
    static final Set<String> SERVICES = Set.of("audit", "exchange", "azuread");
    /** Where the mailbox is read when a rule does not say: the mailbox owner of Exchange mailbox records. */
    private static final JsonNode DEFAULT_MAILBOX_FIELDS =
            JsonNodeFactory.instance.arrayNode().add("MailboxOwnerUPN");
    private static final Set<String> OSPREY_KEYS = Set.of("mailbox", "sparrow_export");
    private static final Pattern ID = Pattern.compile(
            "[a-z0-9][a-z0-9-]*|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final FieldMapping mapping;
    private final Set<String> sparrowExports;
    private final DetectionCompiler detections;

    /**
     * @param sparrowExports the Sparrow CSV names a rule may send its records to
     */
    public RuleParser(FieldMapping mapping, Set<String> sparrowExports) {
        this.mapping = mapping;
        this.sparrowExports = Set.copyOf(sparrowExports);
        this.detections = new DetectionCompiler(mapping);
    }

    /** The compiled rule, or the problems that prevent it (as messages without the location). */
    public Result parse(RuleSource source) {
        Problems problems = new Problems();
        JsonNode root;
        try {
            root = YamlDocuments.read(source.text());
        } catch (YamlDocuments.YamlException e) {
            return Result.failed(List.of("bad YAML: " + e.getMessage()));
        }
        if (!root.isObject()) {
            return Result.failed(List.of("a rule file must hold one YAML map"));
        }
        unknownKeys(root, problems);
        String id = requiredText(root, "id", problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id '" + id + "' must be lower-case letters, digits and hyphens, or a UUID");
        }
        String title = requiredText(root, "title", problems);
        Level level = level(root, problems);
        String status = status(root, problems);
        String service = logSource(root, problems);
        Optional<Detection> detection = root.has("detection")
                ? detections.compile(root.get("detection"), problems) : Optional.empty();
        if (!root.has("detection")) {
            problems.add("missing required key 'detection'");
        }
        List<NamedField> keyFields = fields(root.get("fields"), "fields", problems);
        JsonNode osprey = root.path("osprey");
        List<NamedField> mailboxFields = mailboxFields(osprey, problems);
        String export = sparrowExport(osprey, problems);
        RuleMetadata metadata = new RuleMetadata(id, title, status, level, optionalText(root, "description"),
                texts(root.get("references"), "references", problems),
                texts(root.get("falsepositives"), "falsepositives", problems),
                texts(root.get("tags"), "tags", problems), service);
        if (!problems.isEmpty() || detection.isEmpty()) {
            return Result.failed(problems.messages());
        }
        return Result.of(new Rule(metadata, detection.get().predicate(), detection.get().operations(), keyFields,
                mailboxFields, export, source.location()));
    }

    private static void unknownKeys(JsonNode root, Problems problems) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN_KEYS.contains(name)) {
                problems.add("unknown key '" + name + "'");
            }
        }
    }

    private static String requiredText(JsonNode root, String key, Problems problems) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            problems.add("missing required key '" + key + "'");
            return null;
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            problems.add("'" + key + "' must be non-empty text");
            return null;
        }
        return value.textValue().trim();
    }

    private static String optionalText(JsonNode root, String key) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() ? null : value.asText().trim();
    }

    private static Level level(JsonNode root, Problems problems) {
        String text = requiredText(root, "level", problems);
        if (text == null) {
            return null;
        }
        Optional<Level> level = Level.parse(text);
        if (level.isEmpty()) {
            problems.add("invalid level '" + text + "' (expected one of " + Level.allNames() + ")");
        }
        return level.orElse(null);
    }

    private static String status(JsonNode root, Problems problems) {
        String status = optionalText(root, "status");
        if (status != null && !STATUSES.contains(status)) {
            problems.add("invalid status '" + status + "' (expected one of stable, test, experimental, "
                    + "deprecated, unsupported)");
        }
        return status;
    }

    private static String logSource(JsonNode root, Problems problems) {
        JsonNode logSource = root.get("logsource");
        if (logSource == null || logSource.isNull()) {
            problems.add("missing required key 'logsource'");
            return null;
        }
        String product = logSource.path("product").asText("");
        if (!product.equals("m365")) {
            problems.add("logsource product must be 'm365'" + (product.isEmpty() ? "" : ", not '" + product + "'"));
        }
        JsonNode service = logSource.get("service");
        if (service == null || service.isNull()) {
            return null;
        }
        if (!SERVICES.contains(service.asText())) {
            problems.add("unsupported logsource service '" + service.asText()
                    + "' (expected audit, exchange or azuread)");
        }
        return service.asText();
    }

    private List<NamedField> fields(JsonNode node, String key, Problems problems) {
        List<NamedField> fields = new ArrayList<>();
        for (String name : texts(node, key, problems)) {
            Optional<FieldSource> source = mapping.resolve(name);
            if (source.isEmpty()) {
                problems.add("unknown field '" + name + "' in " + key);
            } else {
                fields.add(new NamedField(name, source.get()));
            }
        }
        return fields;
    }

    private List<NamedField> mailboxFields(JsonNode osprey, Problems problems) {
        if (osprey.isMissingNode()) {
            return fields(DEFAULT_MAILBOX_FIELDS, "osprey.mailbox", problems);
        }
        if (!osprey.isObject()) {
            problems.add("'osprey' must be a map");
            return List.of();
        }
        for (Iterator<String> names = osprey.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!OSPREY_KEYS.contains(name)) {
                problems.add("unknown key 'osprey." + name + "'");
            }
        }
        JsonNode mailbox = osprey.get("mailbox");
        if (mailbox == null || mailbox.isNull()) {
            mailbox = DEFAULT_MAILBOX_FIELDS;
        } else if (mailbox.isTextual()) {
            mailbox = JsonNodeFactory.instance.arrayNode().add(mailbox.textValue());
        }
        return fields(mailbox, "osprey.mailbox", problems);
    }

    private String sparrowExport(JsonNode osprey, Problems problems) {
        JsonNode export = osprey.get("sparrow_export");
        if (export == null || export.isNull()) {
            return null;
        }
        if (!sparrowExports.contains(export.asText())) {
            problems.add("unknown Sparrow export '" + export.asText() + "' (expected one of "
                    + String.join(", ", sparrowExports.stream().sorted().toList()) + ")");
            return null;
        }
        return export.asText();
    }

    private static List<String> texts(JsonNode node, String key, Problems problems) {
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return texts;
        }
        if (!node.isArray()) {
            problems.add("'" + key + "' must be a list");
            return texts;
        }
        for (JsonNode element : node) {
            if (!element.isValueNode() || element.isNull()) {
                problems.add("'" + key + "' must be a list of texts");
                return texts;
            }
            texts.add(element.asText());
        }
        return texts;
    }

    /** A compiled rule or the reasons there is none. */
    public record Result(Optional<Rule> rule, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        static Result of(Rule rule) {
            return new Result(Optional.of(rule), List.of());
        }

        static Result failed(List<String> problems) {
            return new Result(Optional.empty(), problems);
        }
    }
}
