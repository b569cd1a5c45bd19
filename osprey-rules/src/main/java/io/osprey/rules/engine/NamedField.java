package io.osprey.rules.engine;

import java.util.List;

/** A Sigma field name and where its values are read, for the key fields a finding reports. */
public record NamedField(String name, FieldSource source) {

    /**
     * The field's values for display, joined by "; " (JSON lists of plain values unwrapped, see
     * {@link JsonText#display}), or null when the event has none that are not blank.
     */
    public String read(EventView view) {
        List<String> values = source.values(view).stream().map(JsonText::display)
                .filter(value -> !value.isBlank()).toList();
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
