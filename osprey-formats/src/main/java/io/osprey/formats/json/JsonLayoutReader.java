package io.osprey.formats.json;

import io.osprey.formats.FormatReader;
import io.osprey.formats.InputHead;
import io.osprey.formats.InputText;
import io.osprey.model.ReadResult;
import io.osprey.model.Rejection;
import io.osprey.model.SourceRecord;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A JSON export layout: the shared {@link JsonContainerReader} finds the record positions, the layout decides
 * whether each record has its shape and unwraps the AuditData from it.
 */
abstract class JsonLayoutReader implements FormatReader {
    static final String NOT_AN_AUDIT_RECORD = "not an audit record";

    private final JsonContainerReader container = new JsonContainerReader();

    @Override
    public final int sniff(InputHead head) {
        return score(JsonHead.of(head));
    }

    @Override
    public final void read(InputText input, Consumer<ReadResult> sink) throws IOException {
        container.read(input, record -> sink.accept(interpret(record)), sink);
    }

    /** How specifically the first record's shape is this layout's: 0 when it is not. */
    protected abstract int score(JsonHead head);

    /** The audit record in one record position, or why there is none. */
    protected abstract ReadResult interpret(JsonRecord record);

    protected final Rejection notAnAuditRecord(JsonRecord record) {
        return rejection(record, NOT_AN_AUDIT_RECORD);
    }

    protected final Rejection rejection(JsonRecord record, String reason) {
        return new Rejection(record.location(), reason, record.text());
    }

    protected final SourceRecord auditRecord(JsonRecord record, String auditDataJson, Map<String, String> envelope) {
        return new SourceRecord(record.location(), name(), auditDataJson, envelope,
                PowerShellArtefacts.in(auditDataJson));
    }
}
