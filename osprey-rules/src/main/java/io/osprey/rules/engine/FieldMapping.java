package io.osprey.rules.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps Sigma field names to where Osprey finds them, as written in a data file ({@code field-mapping.yml}):
 * exact names under {@code fields}, name prefixes under {@code prefixes}. A target is an {@link EventComponent}
 * name, {@code raw:Path.In.AuditData}, {@code attackerContext}, or for a prefix an {@link EventMap} name or
 * {@code raw} (the rest of the field name is then the key or the AuditData path).
 */
public final class FieldMapping {
    public static final String SHIPPED_RESOURCE = "/io/osprey/rules/field-mapping.yml";
    private static final String RAW_PREFIX = "raw:";

    private final Map<String, FieldSource> fields;
    private final Map<String, String> prefixes;

    private FieldMapping(Map<String, FieldSource> fields, Map<String, String> prefixes) {
        this.fields = fields;
        this.prefixes = prefixes;
    }

    /** The mapping shipped with Osprey, read once. */
    public static FieldMapping shipped() {
        return Shipped.MAPPING;
    }

    /** Holder: the shipped mapping is read on first use. */
    private static final class Shipped {
        private static final FieldMapping MAPPING = readShipped();
    }

    private static FieldMapping readShipped() {
        try (InputStream in = FieldMapping.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YamlDocuments.YamlException | IllegalArgumentException e) {
            throw new IllegalStateException(SHIPPED_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses a mapping document; a target that names nothing is an {@link IllegalArgumentException}. */
    public static FieldMapping parse(String yaml) throws YamlDocuments.YamlException {
        JsonNode root = YamlDocuments.read(yaml);
        Map<String, FieldSource> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries(root.path("fields"))) {
            fields.put(entry.getKey(), exactTarget(entry.getKey(), entry.getValue()));
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries(root.path("prefixes"))) {
            String target = entry.getValue();
            if (!target.equals("raw") && EventMap.byMappingName(target).isEmpty()) {
                throw new IllegalArgumentException("prefix '" + entry.getKey() + "' maps to unknown collection '"
                        + target + "'");
            }
            prefixes.put(entry.getKey(), target);
        }
        return new FieldMapping(Map.copyOf(fields), prefixes);
    }

    /** Where the Sigma field is read from; empty when the mapping does not know the name. */
    public Optional<FieldSource> resolve(String sigmaField) {
        FieldSource exact = fields.get(sigmaField);
        if (exact != null) {
            return Optional.of(exact);
        }
        String bestPrefix = null;
        for (String prefix : prefixes.keySet()) {
            if (sigmaField.startsWith(prefix) && sigmaField.length() > prefix.length()
                    && (bestPrefix == null || prefix.length() > bestPrefix.length())) {
                bestPrefix = prefix;
            }
        }
        if (bestPrefix == null) {
            return Optional.empty();
        }
        String rest = sigmaField.substring(bestPrefix.length());
        String target = prefixes.get(bestPrefix);
        if (target.equals("raw")) {
            return Optional.of(new FieldSource.RawPath(Arrays.asList(rest.split("\\."))));
        }
        return Optional.of(new FieldSource.MapEntry(EventMap.byMappingName(target).orElseThrow(), rest));
    }

    private static FieldSource exactTarget(String field, String target) {
        if (target.startsWith(RAW_PREFIX) && target.length() > RAW_PREFIX.length()) {
            return new FieldSource.RawPath(Arrays.asList(target.substring(RAW_PREFIX.length()).split("\\.")));
        }
        if (target.equals("attackerContext")) {
            return new FieldSource.AttackerContext();
        }
        return EventComponent.byMappingName(target).<FieldSource>map(FieldSource.Component::new)
                .orElseThrow(() -> new IllegalArgumentException("field '" + field
                        + "' maps to unknown target '" + target + "'"));
    }

    private static List<Map.Entry<String, String>> entries(JsonNode object) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (!object.isObject()) {
            return entries;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                throw new IllegalArgumentException("'" + field.getKey() + "' must map to a text target");
            }
            entries.add(Map.entry(field.getKey(), field.getValue().textValue()));
        }
        return entries;
    }
}
