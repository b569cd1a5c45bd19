package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The AuditLogRecordType table (resource {@code record-types.csv}, loaded once) and the resolution of the forms
 * a RecordType arrives in: {@code 50}, {@code "50"}, {@code "ExchangeItemAggregated"} or the Graph camelCase
 * {@code "exchangeItemAggregated"}.
 */
final class RecordTypes {
    /** A resolved record type: number and PascalCase name, either null when unknown. */
    record RecordType(Integer number, String name) {
        static final RecordType NONE = new RecordType(null, null);
    }

    private static final String RESOURCE = "record-types.csv";
    private static final RecordTypes TABLE = load();

    private final Map<Integer, String> namesByNumber;
    private final RecordType[] typesByNumber; // resolved once for the numbers up to the largest known one
    private final Map<String, Integer> numbersByNameKey;
    private final Map<String, String> namesByNameKey;

    private RecordTypes(Map<Integer, String> namesByNumber) {
        this.namesByNumber = Map.copyOf(namesByNumber);
        int largest = namesByNumber.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        this.typesByNumber = new RecordType[largest + 1];
        for (int number = 0; number <= largest; number++) {
            typesByNumber[number] = new RecordType(number, namesByNumber.get(number));
        }
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        namesByNumber.forEach((number, name) -> {
            numbers.put(nameKey(name), number);
            names.put(nameKey(name), name);
        });
        this.numbersByNameKey = Map.copyOf(numbers);
        this.namesByNameKey = Map.copyOf(names);
    }

    static RecordTypes table() {
        return TABLE;
    }

    int size() {
        return namesByNumber.size();
    }

    /** Resolves a RecordType value given as a number, a numeric string or a name in any case. */
    RecordType resolve(JsonNode value) {
        if (value == null || value.isNull()) {
            return RecordType.NONE;
        }
        if (value.isIntegralNumber()) {
            return byNumber(JsonValues.integer(value));
        }
        String text = JsonValues.text(value);
        return text == null ? RecordType.NONE : resolve(text);
    }

    RecordType resolve(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return RecordType.NONE;
        }
        Long number = JsonValues.parseLong(trimmed);
        if (number != null) {
            return number > Integer.MAX_VALUE ? RecordType.NONE : byNumber(number.intValue());
        }
        String key = nameKey(trimmed);
        Integer known = numbersByNameKey.get(key);
        if (known != null) {
            return new RecordType(known, namesByNameKey.get(key));
        }
        return new RecordType(null, Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1));
    }

    private RecordType byNumber(Integer number) {
        if (number == null || number < 0) {
            return RecordType.NONE;
        }
        return number < typesByNumber.length ? typesByNumber[number] : new RecordType(number, null);
    }

    /** Names compare case-insensitively and ignore spaces ("Viva Engage" and Graph "vivaEngage" agree). */
    private static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char character = name.charAt(i);
            if (character != ' ') {
                key.append(character);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static RecordTypes load() {
        InputStream stream = RecordTypes.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
        }
        Map<Integer, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                Long number = comma < 0 ? null : JsonValues.parseLong(line.substring(0, comma).trim());
                if (number == null) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
                names.put(number.intValue(), line.substring(comma + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new RecordTypes(names);
    }
}
