package io.osprey.formats.json;

import io.osprey.formats.StringInputText;
import io.osprey.model.Rejection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonContainerReaderTest {

    private final List<JsonRecord> records = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private void read(String text) throws IOException {
        new JsonContainerReader().read(new StringInputText("in.json", text), records::add, rejections::add);
    }

    private List<String> texts() {
        return records.stream().map(JsonRecord::text).toList();
    }

    private List<String> positions() {
        return records.stream().map(r -> r.location().line() + ":" + r.location().charOffset()).toList();
    }

    @Test
    void readsJsonLinesWithBlankLinesCrLfAndNoFinalNewline() throws IOException {
        read("{\"a\":1}\r\n\r\n{\"b\":[1,{\"c\":2}]}\r\n  {\"d\":\"x\\\"y\"}");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"b\":[1,{\"c\":2}]}", "{\"d\":\"x\\\"y\"}");
        assertThat(positions()).containsExactly("1:0", "3:11", "4:32");
        assertThat(records.get(1).names()).containsExactly("b");
        assertThat(rejections).isEmpty();
    }

    @Test
    void readsTheElementsOfPrettyArraysBackToBack() throws IOException {
        read("[\n  {\n    \"a\": 1\n  },\n  {\"b\": 2}\n][{\"c\":3}]\n[\n{\"d\":4}\n]\n");

        assertThat(texts()).containsExactly("{\n    \"a\": 1\n  }", "{\"b\": 2}", "{\"c\":3}", "{\"d\":4}");
        assertThat(positions()).containsExactly("2:4", "5:24", "6:35", "8:46");
        assertThat(rejections).isEmpty();
    }

    @Test
    void readsConcatenatedPrettyObjects() throws IOException {
        read("{\n    \"a\": {\"x\": 1}\n}\n{\n    \"b\": 2\n}\n\n");

        assertThat(texts()).containsExactly("{\n    \"a\": {\"x\": 1}\n}", "{\n    \"b\": 2\n}");
        assertThat(positions()).containsExactly("1:0", "4:22");
    }

    @Test
    void readsTheValueElementsOfGraphPagesBackToBack() throws IOException {
        read("{\"@odata.context\":\"ctx\",\"value\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"@odata.nextLink\":\"next\"}\n"
                + "{\n  \"value\": [\n    {\"id\": \"3\"}\n  ]\n}\n{\"value\":\"not a page\",\"id\":\"4\"}\n");

        assertThat(texts()).containsExactly("{\"id\":\"1\"}", "{\"id\":\"2\"}", "{\"id\": \"3\"}",
                "{\"value\":\"not a page\",\"id\":\"4\"}");
        assertThat(positions()).containsExactly("1:33", "1:44", "4:101", "7:119");
        assertThat(records.get(3).names()).containsExactly("value", "id");
    }

    @Test
    void yieldsScalarsAndNestedArraysAsRecordPositions() throws IOException {
        read("42\n\"text\"\n[1, [2, 3], null]\n");

        assertThat(texts()).containsExactly("42", "\"text\"", "1", "[2, 3]", "null");
        assertThat(records).extracting(JsonRecord::kind).containsExactly(
                JsonKind.SCALAR, JsonKind.SCALAR, JsonKind.SCALAR, JsonKind.ARRAY, JsonKind.SCALAR);
    }

    @Test
    void emptyAndBlankInputsHaveNoRecords() throws IOException {
        read("");
        read(" \n\r\n\t  \n");

        assertThat(records).isEmpty();
        assertThat(rejections).isEmpty();
    }

    @Test
    void aGarbageLineInJsonLinesLosesThatLineOnly() throws IOException {
        read("{\"a\":1}\nthis is not json\n{\"b\":2}\n");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"b\":2}");
        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.reason()).isEqualTo("invalid JSON: Unrecognized token 'this'");
            assertThat(rejection.location().line()).isEqualTo(2);
            assertThat(rejection.location().charOffset()).isEqualTo(8);
            assertThat(rejection.excerpt()).isEqualTo("this is not json");
        });
    }

    @Test
    void aTruncatedLineDoesNotSwallowTheNextOne() throws IOException {
        read("{\"a\":1}\n{\"b\":2, \"c\":\n{\"d\":3}\n{\"e\":4}\n");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"d\":3}", "{\"e\":4}");
        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.location().line()).isEqualTo(2);
            assertThat(rejection.excerpt()).isEqualTo("{\"b\":2, \"c\":");
            assertThat(rejection.reason()).isEqualTo("invalid JSON: Unexpected character ('{' (code 123)): "
                    + "was expecting comma to separate Object entries");
        });
    }

    @Test
    void aTruncatedEndIsOneRejection() throws IOException {
        read("[\n{\"a\":1},\n{\"b\":2,\"c\":[1,");

        assertThat(texts()).containsExactly("{\"a\":1}");
        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.location().line()).isEqualTo(3);
            assertThat(rejection.location().charOffset()).isEqualTo(11);
            assertThat(rejection.reason()).startsWith("invalid JSON: Unexpected end-of-input");
        });
    }

    @Test
    void aBrokenElementOfAnArrayResumesInsideTheArray() throws IOException {
        read("[\n{\"a\":1},\n{\"b\":2,,},\n{\"c\":3},\n{\"d\":4}\n]\n[{\"e\":5}]\n");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"c\":3}", "{\"d\":4}", "{\"e\":5}");
        assertThat(positions()).containsExactly("2:2", "4:22", "5:31", "7:42");
        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.location().line()).isEqualTo(3);
            assertThat(rejection.excerpt()).isEqualTo("{\"b\":2,,},");
        });
    }

    @Test
    void aMissingCommaBetweenElementsLosesNothing() throws IOException {
        read("[\n{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n]\n");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}");
        assertThat(rejections).isEmpty();
    }

    @Test
    void strayOrMissingSeparatorsLoseNothing() throws IOException {
        read("{\"a\":1}\n,\n{\"b\":2}\n[{\"c\":3}]]\n{\"d\":4}}\n[\n  {\"e\":5}\n  {\"f\":6}\n]\n");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}", "{\"d\":4}", "{\"e\":5}",
                "{\"f\":6}");
        assertThat(positions()).containsExactly("1:0", "3:10", "4:19", "5:29", "7:42", "8:52");
        assertThat(rejections).isEmpty();
    }

    @Test
    void byteOrderMarksOfJoinedFilesLoseNothing() throws IOException {
        read("{\"a\":1}\n\uFEFF{\"b\":2}\n\uFEFF[{\"c\":3}]\n");

        assertThat(texts()).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}");
        assertThat(rejections).isEmpty();
    }

    @Test
    void binaryBytesBecomeRejectionsAndLaterLinesAreRead() throws IOException {
        StringBuilder binary = new StringBuilder("{\"a\":1}\n");
        for (int i = 0; i < 300; i++) {
            binary.append((char) ((i * 37) % 256));
        }
        binary.append("\n{\"b\":2}\n");

        read(binary.toString());

        assertThat(texts()).startsWith("{\"a\":1}").endsWith("{\"b\":2}");
        assertThat(rejections).isNotEmpty().allSatisfy(rejection ->
                assertThat(rejection.reason()).startsWith("invalid JSON: "));
    }

    @Test
    void aRecordLargerThanTheWindowIsSlicedWhole() throws IOException {
        String large = "{\"Folders\":[\"" + "x".repeat(300_000) + "\"],\"Id\":\"1\"}";

        read("[" + large + ",\n" + large + "]");

        assertThat(texts()).containsExactly(large, large);
        assertThat(positions()).containsExactly("1:1", "2:" + (large.length() + 3));
    }

    @Test
    void undecodableInputEndsWithOneRejection() throws IOException {
        Reader failing = new Reader() {
            private boolean served;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (served) {
                    throw new MalformedInputException(1);
                }
                served = true;
                "{\"a\":1}\n{\"b\":".getChars(0, 13, buffer, offset);
                return 13;
            }

            @Override
            public void close() {
            }
        };

        new ContainerSession("bad.json", new CapturingReader(failing), records::add, rejections::add).run();

        assertThat(texts()).containsExactly("{\"a\":1}");
        assertThat(rejections).singleElement().satisfies(rejection ->
                assertThat(rejection.reason()).isEqualTo("unreadable text: Input length = 1"));
    }

    @Test
    void memoryDoesNotGrowWithTheInput() throws IOException {
        int count = 60_000;
        String line = "{\"Id\":\"%d\",\"CreationTime\":\"2024-01-01T00:00:00\",\"Operation\":\"MailItemsAccessed\","
                + "\"Folders\":[{\"Path\":\"\\\\Inbox\",\"FolderItems\":[{\"InternetMessageId\":\"<m@x>\"}]}]}\n";
        LineReader generated = new LineReader(count, line);
        CapturingReader capturing = new CapturingReader(generated);
        long[] seen = {0};
        int[] largestWindow = {0};

        new ContainerSession("generated.jsonl", capturing, record -> {
            seen[0]++;
            largestWindow[0] = Math.max(largestWindow[0], capturing.capacity());
        }, rejections::add).run();

        assertThat(seen[0]).isEqualTo(count);
        assertThat(generated.produced).isGreaterThan(9_000_000L);
        assertThat(largestWindow[0]).isLessThanOrEqualTo(128 * 1024);
        assertThat(rejections).isEmpty();
    }

    /** JSON lines produced on the fly, never held in memory as a whole. */
    private static final class LineReader extends Reader {
        private final int count;
        private final String template;
        private int next;
        private String current = "";
        private int position;
        long produced;

        LineReader(int count, String template) {
            this.count = count;
            this.template = template;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int filled = 0;
            while (filled < length) {
                if (position == current.length()) {
                    if (next == count) {
                        break;
                    }
                    current = template.replace("%d", Integer.toString(next++));
                    position = 0;
                }
                int n = Math.min(length - filled, current.length() - position);
                current.getChars(position, position + n, buffer, offset + filled);
                position += n;
                filled += n;
            }
            produced += filled;
            return filled == 0 ? -1 : filled;
        }

        @Override
        public void close() {
        }
    }
}
