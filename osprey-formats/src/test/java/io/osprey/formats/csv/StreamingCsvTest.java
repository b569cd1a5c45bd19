package io.osprey.formats.csv;

import io.osprey.model.ReadResult;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A large export streams through the reader row by row, every row accounted for in order. */
class StreamingCsvTest {
    private static final String AUDIT_DATA = "{\"CreationTime\":\"2023-09-15T18:16:53\",\"Id\":\"%ID%\","
            + "\"Operation\":\"MailItemsAccessed\",\"RecordType\":50,\"Workload\":\"Exchange\",\"UserId\":\"user1\","
            + "\"OperationProperties\":[{\"Name\":\"MailAccessType\",\"Value\":\"Bind\"},"
            + "{\"Name\":\"IsThrottled\",\"Value\":\"False\"}],\"Folders\":[{\"FolderItems\":[{\"InternetMessageId\":"
            + "\"<AM0PR07MB576312B164491AF0F9214C738DF6A@AM0PR07MB5763.eurprd07.prod.outlook.com>\","
            + "\"SizeInBytes\":3476}],\"Path\":\"\\\\Inbox\"}],\"OperationCount\":1}";

    @Test
    void twentyThousandRowsStreamInOrder() throws IOException {
        int rows = 20_000;
        AtomicInteger seen = new AtomicInteger();
        new PurviewCsvReader().read(new GeneratedPurviewInput(AUDIT_DATA, rows), (ReadResult result) -> {
            int index = seen.getAndIncrement();
            if (!(result instanceof SourceRecord record) || record.location().line() != index + 2L
                    || !record.envelope().get("RecordId").equals(GeneratedPurviewInput.id(index))
                    || !record.auditDataJson().contains(GeneratedPurviewInput.id(index))) {
                throw new AssertionError("row " + index + " read as " + result);
            }
        });
        assertThat(seen.get()).isEqualTo(rows);
    }
}
