package io.osprey.formats.json;

import io.osprey.model.Rejection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON-lines fast path gives exactly what the streaming parser alone gives, on awkward input too. */
class JsonLinesFastPathTest {
    private static final String PLAIN = "{\"Id\":\"a\",\"N\":-1.5e+3,\"T\":true,\"F\":false,\"Z\":null,"
            + "\"S\":\"q\\\"\\\\\\u00e9\\n\",\"A\":[1,{\"x\":[]},\"y\"],\"O\":{}}";

    @Test
    void recognizesPlainObjectLinesOnly() {
        assertThat(find(PLAIN)).containsExactly("Id", "N", "T", "F", "Z", "S", "A", "O");
        assertThat(find("  {}\t\r")).isEmpty();
        for (String notPlain : List.of("{\"a\":}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":tru}", "{\"a\":\"x}",
                "{\"a\":[1}", "{\"a\":{\"b\":1]}", "{\"a\":1}{\"b\":2}", "{\"a\":1} x", "{\"a\\u0041\":1}",
                "{\"a\":\"tab\tin\"}", "[{\"a\":1}]", "{\"a\":1\r,\"b\":2}", "{\"value\":[]}",
                "{\"@odata.context\":\"x\",\"value\":[{\"a\":1}]}", "{\"a\":\"\\x\"}", "{\"a\":-}", "{\"a\":1.}")) {
            assertThat(find(notPlain)).as(notPlain).isNull();
        }
    }

    @Test
    void givesWhatTheStreamingParserGives() throws IOException {
        String input = "\uFEFF" + PLAIN + "\r\n\r\n  \t\n" + PLAIN.replace("\"a\"", "\"b\"") + "\n"
                + "{\"Id\":\"c\",\"Operation\":}\n" + PLAIN + "\n"
                + "{\"@odata.context\":\"x\",\"value\":[" + PLAIN + "," + PLAIN + "]}\n"
                + "{\n  \"Id\": \"pretty\"\n}\n" + PLAIN + "\r" + PLAIN + "\n" + PLAIN;
        for (int cut = 0; cut <= input.length(); cut += Math.max(1, input.length() / 40)) {
            String text = input.substring(cut);
            assertThat(fastPath(text)).as("from " + cut).isEqualTo(streamingOnly(text));
        }
        assertThat(fastPath(input)).hasSize(10);
        assertThat(fastPath(input.substring(1))).hasSize(10);
    }

    private static List<String> find(String line) {
        ObjectLine.Found found = ObjectLine.find(line.toCharArray(), 0, line.length());
        return found == null ? null : found.names();
    }

    private static List<String> fastPath(String text) throws IOException {
        List<String> results = new ArrayList<>();
        new JsonContainerReader().read(new io.osprey.formats.StringInputText("in.jsonl", text),
                record -> results.add(describe(record)), rejection -> results.add(describe(rejection)));
        return results;
    }

    private static List<String> streamingOnly(String text) throws IOException {
        List<String> results = new ArrayList<>();
        try (CapturingReader capturing = new CapturingReader(new StringReader(text))) {
            new ContainerSession("in.jsonl", capturing, record -> results.add(describe(record)),
                    rejection -> results.add(describe(rejection))).run();
        }
        return results;
    }

    private static String describe(JsonRecord record) {
        return record.location() + " " + record.kind() + " " + record.names() + " " + record.text();
    }

    private static String describe(Rejection rejection) {
        return rejection.location() + " " + rejection.reason() + " " + rejection.excerpt();
    }
}
