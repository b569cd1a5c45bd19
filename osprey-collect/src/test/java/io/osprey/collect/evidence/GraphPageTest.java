package io.osprey.collect.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphPageTest {
    @Test
    void keepsEachValueByteForByteAndReadsTheNextLink() throws Exception {
        String first = "{\"id\":\"1\",\"n\":1.50,\"u\":\"caf\\u00e9 \\\"x\\\"\"}";
        String second = "{ \"id\" : \"2\", \"nested\" : { \"a\" : [1, 2] } }";
        String body = "{\"@odata.context\":\"x\",\"value\":[" + first + " , " + second
                + "],\"@odata.nextLink\":\"https://graph.microsoft.com/next?$skiptoken=2\"}";

        GraphPage page = GraphPage.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(page.values()).extracting(value -> new String(value, StandardCharsets.UTF_8))
                .containsExactly(first, second);
        assertThat(page.nextLink()).isEqualTo("https://graph.microsoft.com/next?$skiptoken=2");
    }

    @Test
    void foldsAValueSpanningLinesOntoOneLineWithoutTouchingItsStrings() throws Exception {
        String body = "{\n  \"value\": [\n    {\n      \"id\": \"a b\",\n      \"text\": \"two  spaces\\n\"\n    }\n  ]\n}";

        GraphPage page = GraphPage.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(page.values().get(0), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"a b\",\"text\":\"two  spaces\\n\"}");
        assertThat(page.nextLink()).isNull();
    }

    @Test
    void refusesABodyThatIsNotAGraphPage() {
        assertThatThrownBy(() -> GraphPage.parse("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("JSON object");
    }
}
