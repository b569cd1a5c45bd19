package io.osprey.rules.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The name-to-value collections of an event a field mapping prefix can point at. */
public enum EventMap {
    PARAMETERS("parameters", view -> view.event().parameters()),
    OPERATION_PROPERTIES("operationProperties", view -> view.event().operationProperties()),
    MODIFIED_PROPERTIES("modifiedProperties", view -> view.event().modifiedProperties()),
    MODIFIED_PROPERTIES_OLD("modifiedProperties.old", EventView::oldModifiedProperties),
    EXTENDED_PROPERTIES("extendedProperties", view -> view.event().extendedProperties());

    private final String mappingName;
    private final Function<EventView, Map<String, String>> accessor;

    EventMap(String mappingName, Function<EventView, Map<String, String>> accessor) {
        this.mappingName = mappingName;
        this.accessor = accessor;
    }

    public String mappingName() {
        return mappingName;
    }

    /** The entry's value: by exact name, else by a case-insensitive match; null when absent. */
    public String read(EventView view, String key) {
        Map<String, String> map = accessor.apply(view);
        String exact = map.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    public static Optional<EventMap> byMappingName(String name) {
        for (EventMap map : values()) {
            if (map.mappingName.equals(name)) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }
}
