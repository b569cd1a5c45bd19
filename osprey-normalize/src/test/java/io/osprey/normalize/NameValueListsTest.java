package io.osprey.normalize;

import io.osprey.model.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.osprey.normalize.Records.minimal;
import static org.assertj.core.api.Assertions.assertThat;

class NameValueListsTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void arraysOfNameValueObjects() throws Exception {
        AuditEvent event = normalizer.normalize(minimal(
                "'Parameters':[{'Name':'Identity','Value':'user'},{'Name':'Force','Value':true},"
                        + "{'Name':'Count','Value':3},{'Name':'Empty','Value':null},{'Name':'NoValue'},"
                        + "{'Name':'Identity','Value':'second'},{'Value':'nameless'}],"
                        + "'ExtendedProperties':[{'Name':'UserAgent','Value':'Mozilla/5.0'}],"
                        + "'ModifiedProperties':[{'Name':'Enabled','NewValue':'True','OldValue':'False'}]"));

        assertThat(event.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("Identity", "user",
                "Force", "true", "Count", "3", "Empty", "", "NoValue", ""));
        assertThat(event.extendedProperties()).containsExactlyInAnyOrderEntriesOf(Map.of("UserAgent", "Mozilla/5.0"));
        assertThat(event.modifiedProperties()).containsExactlyInAnyOrderEntriesOf(Map.of("Enabled", "True"));
        assertThat(event.degraded()).isFalse();
    }

    @Test
    void jsonStringHoldingTheArrayAsSentinelWritesIt() throws Exception {
        AuditEvent event = normalizer.normalize(minimal("'OperationProperties':"
                + "'[{\\'Name\\':\\'MailAccessType\\',\\'Value\\':\\'Sync\\'},{\\'Name\\':\\'IsThrottled\\',\\'Value\\':\\'True\\'}]'"));

        assertThat(event.operationProperties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("MailAccessType", "Sync", "IsThrottled", "True"));
        assertThat(event.degraded()).isFalse();
    }

    @Test
    void powerShellFlattenedEntriesAreReadAndMarkTheRecordDegraded() throws Exception {
        AuditEvent event = normalizer.normalize(minimal("'OperationProperties':["
                + "'@{Value=Bind; Name=MailAccessType}','@{Name=IsThrottled; Value=False}',"
                + "'@{Name=Subject; Value=Hi; see you at 10}','@{Name=Lost; Value=System.Object[]}']"));

        assertThat(event.operationProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MailAccessType", "Bind", "IsThrottled", "False", "Subject", "Hi; see you at 10", "Lost", ""));
        assertThat(event.degraded()).isTrue();
    }

    @Test
    void wholeListLostToPowerShellIsEmptyAndDegraded() throws Exception {
        AuditEvent event = normalizer.normalize(minimal("'Parameters':'System.Object[]'"));

        assertThat(event.parameters()).isEmpty();
        assertThat(event.degraded()).isTrue();
    }

    @Test
    void typeNameAsAValueIsDroppedAndDegrades() throws Exception {
        AuditEvent event = normalizer.normalize(minimal(
                "'Parameters':[{'Name':'AuditOwner','Value':'System.Collections.ArrayList'}]"));

        assertThat(event.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("AuditOwner", ""));
        assertThat(event.degraded()).isTrue();
    }

    @Test
    void modifiedPropertiesAsBareNamesFromItemUpdates() throws Exception {
        AuditEvent event = normalizer.normalize(minimal("'ModifiedProperties':['MapiEndTime','Location']"));

        assertThat(event.modifiedProperties()).containsExactlyInAnyOrderEntriesOf(
                Map.of("MapiEndTime", "", "Location", ""));
        assertThat(event.degraded()).isFalse();
    }

    @Test
    void aPlainObjectIsReadAsADictionary() throws Exception {
        AuditEvent event = normalizer.normalize(minimal(
                "'OperationProperties':{'MailAccessType':'Bind','IsThrottled':false}"));

        assertThat(event.operationProperties())
                .containsExactlyInAnyOrderEntriesOf(Map.of("MailAccessType", "Bind", "IsThrottled", "false"));
    }

    @Test
    void unreadableStructuredTextIsDegradedNotData() throws Exception {
        AuditEvent event = normalizer.normalize(minimal("'Parameters':'[{broken'"));

        assertThat(event.parameters()).isEmpty();
        assertThat(event.degraded()).isTrue();
    }
}
