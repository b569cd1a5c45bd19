package io.osprey.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonScannerTest {
    private static JsonNode scalar(String json) {
        JsonScanner scanner = new JsonScanner(json);
        JsonNode value = scanner.scalar();
        scanner.endDocument();
        return value;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"text\"", "\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u00e9\\uD83D\\uDE00\"",
            "\"caf\u00e9 \u4e2d\"", "0", "-0", "7", "-2147483648", "2147483647", "2147483648", "-2147483649",
            "999999999999999999", "true", "false", "null", " \t\r\n 42 \n"})
    void scalarsAreTheNodesJacksonBuilds(String json) throws Exception {
        JsonNode expected = JsonValues.MAPPER.readTree(json);
        JsonNode scanned = scalar(json);
        assertThat(scanned).isEqualTo(expected);
        assertThat(scanned.getClass()).isEqualTo(expected.getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "1234567890123456789", "01", "-", "+1", "tru", "nul", "\"\\x\"",
            "\"\\u12\"", "\"open", "\"a\tb\"", "[1]", "{}", "NaN", "'single'"})
    void declinesWhatItDoesNotReadAsAScalar(String json) {
        assertThatThrownBy(() -> scalar(json)).isSameAs(JsonScanner.Declined.INSTANCE);
    }

    @Test
    void walksObjectsAndArraysMemberByMember() {
        JsonScanner scanner = new JsonScanner("{ \"Name\" : \"n\", \"Skip\": [1, {\"a\": [true, null]}, \"s\"], \"V\":2 }");
        assertThat(scanner.enterObject()).isTrue();
        scanner.readName();
        assertThat(scanner.nameIs("Name")).isTrue();
        assertThat(scanner.nameIs("Nam")).isFalse();
        assertThat(scanner.string()).isEqualTo("n");
        assertThat(scanner.nextMember()).isTrue();
        scanner.readName();
        assertThat(scanner.nextHasContent()).isTrue();
        scanner.skipValue();
        assertThat(scanner.nextMember()).isTrue();
        scanner.readName();
        assertThat(scanner.nameIs("V")).isTrue();
        assertThat(scanner.scalar().intValue()).isEqualTo(2);
        assertThat(scanner.nextMember()).isFalse();
        scanner.endDocument();
    }

    @Test
    void emptyValuesHaveNoContent() {
        for (String empty : new String[] {"null", "\"\"", "[ ]", "{\n}"}) {
            assertThat(new JsonScanner(empty).nextHasContent()).as(empty).isFalse();
        }
        for (String full : new String[] {"0", "false", "\" \"", "[null]", "{\"a\":1}"}) {
            assertThat(new JsonScanner(full).nextHasContent()).as(full).isTrue();
        }
    }

    @Test
    void escapedNamesAndTrailingTextDecline() {
        JsonScanner escapedName = new JsonScanner("{\"\\u0041\":1}");
        escapedName.enterObject();
        assertThatThrownBy(escapedName::readName).isSameAs(JsonScanner.Declined.INSTANCE);

        JsonScanner trailing = new JsonScanner("{} x");
        trailing.skipValue();
        assertThatThrownBy(trailing::endDocument).isSameAs(JsonScanner.Declined.INSTANCE);
    }

    @Test
    void deepNestingDeclines() {
        assertThatThrownBy(() -> new JsonScanner("[".repeat(100) + "]".repeat(100)).skipValue())
                .isSameAs(JsonScanner.Declined.INSTANCE);
        JsonScanner shallow = new JsonScanner("[".repeat(50) + "]".repeat(50));
        shallow.skipValue();
        shallow.endDocument();
    }
}
