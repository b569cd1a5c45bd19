package io.osprey.rules.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Sigma value modifiers Osprey supports ({@code Field|contains|all}). */
public enum Modifier {
    CONTAINS("contains"),
    STARTSWITH("startswith"),
    ENDSWITH("endswith"),
    ALL("all"),
    RE("re"),
    CIDR("cidr"),
    EXISTS("exists"),
    /** Regular expression flags, only after {@code re}: case-insensitive, multi-line, dot matches newline. */
    RE_IGNORE_CASE("i"),
    RE_MULTILINE("m"),
    RE_DOTALL("s");

    private final String text;

    Modifier(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<Modifier> parse(String text) {
        return Arrays.stream(values()).filter(modifier -> modifier.text.equals(text)).findFirst();
    }

    public boolean isRegexFlag() {
        return this == RE_IGNORE_CASE || this == RE_MULTILINE || this == RE_DOTALL;
    }

    /** "contains, startswith, ..." for error messages. */
    public static String allNames() {
        return Arrays.stream(values()).map(Modifier::text).collect(Collectors.joining(", "));
    }
}
