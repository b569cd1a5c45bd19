package io.osprey.formats.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.osprey.model.Rejection;
import io.osprey.model.SourceLocation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pass of {@link JsonContainerReader} over one input: walks the top-level values with a streaming parser,
 * hands every record position on as a {@link JsonRecord}, and after broken JSON reports it and starts a fresh
 * parser at the next line that begins with {@code {} or {@code [}.
 */
final class ContainerSession {
    /** Where the parser is between records. */
    private enum Context { ROOT, ARRAY, PAGE_VALUES, PAGE_REST }

    private static final String PAGE_VALUES_NAME = "value";
    private static final String ODATA_PREFIX = "@odata.";

    private final String path;
    private final CapturingReader input;
    private final Consumer<JsonRecord> records;
    private final Consumer<? super Rejection> rejections;

    private JsonParser parser;
    /** Absolute offset and line of the current parser's first character. */
    private long base;
    private long lineBase;
    private Context context = Context.ROOT;
    /** Absolute offset of the record being parsed, -1 between records. */
    private long recordStart = -1;
    /** Where the last restart after stray separators happened (never twice at one place). */
    private long lastSeparatorRestart = -1;

    ContainerSession(String path, CapturingReader input, Consumer<JsonRecord> records,
                     Consumer<? super Rejection> rejections) {
        this.path = path;
        this.input = input;
        this.records = records;
        this.rejections = rejections;
    }

    void run() throws IOException {
        start(0, 1, "");
        try {
            boolean more = true;
            while (more) {
                try {
                    more = step();
                } catch (JsonProcessingException broken) {
                    more = resynchronize(broken);
                }
            }
        } catch (CharacterCodingException undecodable) {
            rejections.accept(new Rejection(new SourceLocation(path, input.keepLine(), input.keepFrom()),
                    "unreadable text: " + undecodable.getMessage(), ""));
        } finally {
            parser.close();
        }
    }

    private boolean step() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        switch (context) {
            case ROOT -> atRoot(token);
            case ARRAY, PAGE_VALUES -> inArray(token);
            case PAGE_REST -> inPageRest(token);
        }
        return true;
    }

    private void atRoot(JsonToken token) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            context = Context.ARRAY;
            consumed();
        } else if (token == JsonToken.START_OBJECT) {
            objectRecord(true);
        } else {
            scalarRecord();
        }
    }

    private void inArray(JsonToken token) throws IOException {
        if (token == JsonToken.END_ARRAY) {
            context = context == Context.ARRAY ? Context.ROOT : Context.PAGE_REST;
            consumed();
        } else if (token == JsonToken.START_OBJECT) {
            objectRecord(false);
        } else if (token == JsonToken.START_ARRAY) {
            recordStart = tokenStart();
            long line = tokenLine();
            parser.skipChildren();
            emit(line, JsonKind.ARRAY, List.of());
        } else {
            scalarRecord();
        }
    }

    /** After a Graph page's {@code value} array: its other members ({@code @odata.nextLink}) are skipped. */
    private void inPageRest(JsonToken token) throws IOException {
        if (token == JsonToken.FIELD_NAME) {
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                parser.skipChildren();
            } else {
                parser.finishToken();
            }
        } else {
            context = Context.ROOT;
        }
        consumed();
    }

    /**
     * Reads an object record. At the top level, an object whose first members are {@code @odata.} annotations
     * followed by a {@code value} array is a Graph page: its elements are the records.
     */
    private void objectRecord(boolean mayBePage) throws IOException {
        recordStart = tokenStart();
        long line = tokenLine();
        List<String> names = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (mayBePage && value == JsonToken.START_ARRAY && name.equals(PAGE_VALUES_NAME) && allOData(names)) {
                recordStart = -1;
                context = Context.PAGE_VALUES;
                consumed();
                return;
            }
            names.add(name);
            if (value.isStructStart()) {
                parser.skipChildren();
            }
        }
        emit(line, JsonKind.OBJECT, names);
    }

    private void scalarRecord() throws IOException {
        recordStart = tokenStart();
        long line = tokenLine();
        parser.finishToken();
        emit(line, JsonKind.SCALAR, List.of());
    }

    private void emit(long line, JsonKind kind, List<String> names) throws IOException {
        JsonLocation end = parser.currentLocation();
        long endOffset = base + end.getCharOffset();
        String text = input.text(recordStart, endOffset).strip();
        records.accept(new JsonRecord(new SourceLocation(path, line, recordStart), text, kind, names));
        recordStart = -1;
        input.release(endOffset, lineBase + end.getLineNr() - 1);
    }

    private void consumed() {
        JsonLocation at = parser.currentLocation();
        input.release(base + at.getCharOffset(), lineBase + at.getLineNr() - 1);
    }

    /**
     * Reports broken JSON from the start of the record (or of the unexpected text between records) and restarts
     * at the next line that begins with a bracket; a record inside a top-level array is resumed inside an array.
     * Stray or missing separators between records lose nothing and are not reported. Returns false when the
     * input ends first.
     */
    private boolean resynchronize(JsonProcessingException broken) throws IOException {
        Context failedIn = context;
        boolean betweenRecords = recordStart < 0;
        long contentStart = firstContent(betweenRecords ? input.keepFrom() : recordStart);
        parser.close();
        recordStart = -1;
        context = Context.ROOT;
        if (contentStart < 0) {
            return false; // only separators were left: no record position was lost
        }
        int first = input.charAt(contentStart);
        if (betweenRecords && (first == '{' || first == '[') && contentStart != lastSeparatorRestart) {
            // a value follows where a comma or a closing bracket was expected (or after a stray one):
            // nothing was lost, the following values are read as top-level values
            lastSeparatorRestart = contentStart;
            start(contentStart, input.lineAt(contentStart), "");
            return true;
        }
        String excerpt = input.text(contentStart, contentStart + Rejection.MAX_EXCERPT + 1);
        long line = input.lineAt(contentStart);
        long resume = input.nextLineStartingWithBracket(contentStart);
        if (resume >= 0 && resume - contentStart < excerpt.length()) {
            excerpt = excerpt.substring(0, (int) (resume - contentStart));
        }
        rejections.accept(new Rejection(new SourceLocation(path, line, contentStart),
                "invalid JSON: " + JsonText.shortMessage(broken), excerpt.strip()));
        if (resume < 0) {
            return false;
        }
        String prefix = failedIn == Context.ARRAY && input.charAt(resume) == '{' ? "[" : "";
        start(resume, input.keepLine(), prefix);
        return true;
    }

    /**
     * The first position at or after {@code from} that is not whitespace, a comma, a closing bracket or a
     * byte-order mark (files joined by {@code cat} carry their marks into the middle).
     */
    private long firstContent(long from) throws IOException {
        for (long at = from; ; at++) {
            int c = input.charAt(at);
            if (c < 0) {
                return -1;
            }
            if (!Character.isWhitespace(c) && c != ',' && c != ']' && c != '}' && c != '\uFEFF') {
                return at;
            }
        }
    }

    private void start(long position, long line, String prefix) throws IOException {
        input.restartAt(position, prefix);
        parser = JsonText.FACTORY.createParser(input);
        base = position - prefix.length();
        lineBase = line;
    }

    private long tokenStart() {
        return base + parser.currentTokenLocation().getCharOffset();
    }

    private long tokenLine() {
        return lineBase + parser.currentTokenLocation().getLineNr() - 1;
    }

    private static boolean allOData(List<String> names) {
        for (String name : names) {
            if (!name.startsWith(ODATA_PREFIX)) {
                return false;
            }
        }
        return true;
    }
}
