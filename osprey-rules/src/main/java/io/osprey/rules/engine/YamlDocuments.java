package io.osprey.rules.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads one YAML document into a JSON tree; duplicate keys are an error, as in any sane rule file. */
public final class YamlDocuments {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private YamlDocuments() {
    }

    /**
     * Parses the text; an empty document reads as a missing node.
     *
     * @throws YamlException with a one-line message naming the line and column of the problem
     */
    public static JsonNode read(String text) throws YamlException {
        try {
            JsonNode node = YAML.readTree(text);
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            throw new YamlException(describe(e));
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String firstLine = message.strip().lines().findFirst().orElse(message).strip();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + firstLine;
        }
        return firstLine;
    }

    /** The text is not valid YAML. */
    public static final class YamlException extends Exception {
        public YamlException(String message) {
            super(message);
        }
    }
}
