package io.osprey.formats.csv;

import com.fasterxml.jackson.databind.JsonNode;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudAppEventsCsvReaderTest {
    @Test
    void rawEventDataIsTheRecordAndOtherRowsAreRejected() {
        CsvReaderRun run = CsvGolden.check(new CloudAppEventsCsvReader(), "advanced_hunting_export.csv", 3, 2, 2);

        assertThat(run.rejections()).extracting(rejection -> rejection.reason())
                .containsExactly("not an audit record", "not an audit record");
        assertThat(run.rejections()).extracting(rejection -> rejection.location().line()).containsExactly(2L, 5L);

        SourceRecord flattened = run.records().get(0);
        assertThat(flattened.degraded()).isTrue();
        assertThat(flattened.auditDataJson()).contains("@{Value=Bind; Name=MailAccessType}");
        assertThat(flattened.envelope()).containsEntry("ActionType", "MailItemsAccessed")
                .doesNotContainKey("RawEventData");

        SourceRecord intact = run.records().get(1);
        assertThat(intact.degraded()).isFalse();
        assertThat(CsvReaderRun.auditData(intact).at("/Folders/0/FolderItems").size()).isEqualTo(6);

        SourceRecord hashtable = run.records().get(2);
        assertThat(hashtable.degraded()).isTrue();
        JsonNode recovered = CsvReaderRun.auditData(hashtable);
        assertThat(recovered.get("Id").asText()).isEqualTo("699e0b10-1c53-403e-976f-ce0847a92b44");
        assertThat(recovered.get("CreationTime").asText()).isEqualTo("2021-08-02T13:32:07.0000000Z");
        assertThat(recovered.get("Folders").asText()).isEqualTo("System.Object[]");
        assertThat(recovered.get("ClientInfoString").asText()).isEqualTo("Client=REST;;");
        assertThat(recovered.get("OriginatingServer").asText()).isEqualTo("AB1CD23EF4567 (15.20.4200.000)\r\n");
    }

    @Test
    void hashtableRenderingKeepsNestedRenderingsWhole() {
        JsonNode parsed = PowerShellHashtable.parse("@{Id=1; Folders=@{Id=a; Path=\\Inbox}; Operation=MailItemsAccessed}");
        assertThat(parsed.toString())
                .isEqualTo("{\"Id\":\"1\",\"Folders\":\"@{Id=a; Path=\\\\Inbox}\",\"Operation\":\"MailItemsAccessed\"}");
        assertThat(PowerShellHashtable.parse("@{ClientInfoString=Client=REST;;; Subject=Re; Fwd; Path=\\Inbox}")
                .toString()).isEqualTo(
                        "{\"ClientInfoString\":\"Client=REST;;\",\"Subject\":\"Re; Fwd\",\"Path\":\"\\\\Inbox\"}");
        assertThat(PowerShellHashtable.parse("{\"Id\":1}")).isNull();
    }
}
