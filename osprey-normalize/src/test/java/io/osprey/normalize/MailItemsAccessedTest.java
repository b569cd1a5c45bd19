package io.osprey.normalize;

import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccessType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MailItemsAccessedTest {
    private final Normalizer normalizer = new Normalizer();

    private AuditEvent mailItemsAccessed(String fields) throws NormalizationException {
        return normalizer.normalize(Records.auditData("{'Id':'m1','CreationTime':'2024-05-06T07:08:09',"
                + "'Operation':'MailItemsAccessed','RecordType':50" + (fields.isEmpty() ? "" : "," + fields) + "}"));
    }

    private static String properties(String accessType) {
        return "'OperationProperties':[{'Name':'MailAccessType','Value':'" + accessType + "'}]";
    }

    @Test
    void syncFoldersWithoutItemsBecomeFolderRows() throws Exception {
        AuditEvent event = mailItemsAccessed(properties("Sync") + ",'Folders':[{'Id':'f1','Path':'\\\\Inbox'},"
                + "{'Id':'f2','Path':'Boîte de réception','FolderItems':[]}]");

        assertThat(event.mailAccess().accessType()).isEqualTo(MailAccessType.SYNC);
        assertThat(event.mailAccess().items()).containsExactly(
                new AccessedItem("f1", "\\Inbox", null, null, null),
                new AccessedItem("f2", "Boîte de réception", null, null, null));
        assertThat(event.mailAccess().items()).allMatch(AccessedItem::isFolderRow);
        assertThat(event.degraded()).isFalse();
    }

    @Test
    void bindItemsKeepTheMessageIdAsWrittenAndItsMatchKey() throws Exception {
        AuditEvent event = mailItemsAccessed(properties("Bind") + ",'OperationCount':'2','Folders':[{'Id':'f1',"
                + "'Path':'\\\\Sent Items','FolderItems':[{'InternetMessageId':' <A1@Example.COM> ','SizeInBytes':'2048'},"
                + "{'Id':'no-message-id'},{'InternetMessageId':'<b2@example.com>'}]}]");

        assertThat(event.mailAccess().operationCount()).isEqualTo(2);
        assertThat(event.mailAccess().items()).containsExactly(
                new AccessedItem("f1", "\\Sent Items", " <A1@Example.COM> ", "a1@example.com", 2048L),
                new AccessedItem("f1", "\\Sent Items", "<b2@example.com>", "b2@example.com", null));
    }

    @Test
    void bindFolderWhoseItemsHaveNoMessageIdsStillShowsTheFolder() throws Exception {
        AuditEvent event = mailItemsAccessed(properties("Bind")
                + ",'Folders':[{'Id':'f1','Path':'\\\\Inbox','FolderItems':[{'Id':'x'}]}]");

        assertThat(event.mailAccess().items()).containsExactly(new AccessedItem("f1", "\\Inbox", null, null, null));
    }

    @Test
    void foldersAsAJsonString() throws Exception {
        AuditEvent event = mailItemsAccessed("'OperationProperties':'[{\\'Name\\':\\'MailAccessType\\',"
                + "\\'Value\\':\\'Bind\\'}]','Folders':'[{\\'Id\\':\\'f1\\',\\'Path\\':\\'\\\\\\\\Inbox\\',"
                + "\\'FolderItems\\':[{\\'InternetMessageId\\':\\'<m@x>\\'}]}]'");

        assertThat(event.mailAccess().accessType()).isEqualTo(MailAccessType.BIND);
        assertThat(event.mailAccess().items()).containsExactly(new AccessedItem("f1", "\\Inbox", "<m@x>", "m@x", null));
        assertThat(event.degraded()).isFalse();
    }

    @Test
    void flattenedBindFoldersLoseTheirMessages() throws Exception {
        AuditEvent event = mailItemsAccessed("'OperationProperties':['@{Value=Bind; Name=MailAccessType}'],"
                + "'Folders':['@{Id=LgAAAA; Path=\\\\Inbox; FolderItems=System.Object[]}']");

        assertThat(event.mailAccess().accessType()).isEqualTo(MailAccessType.BIND);
        assertThat(event.mailAccess().items()).isEmpty();
        assertThat(event.degraded()).isTrue();
    }

    @Test
    void flattenedSyncFoldersKeepTheFolder() throws Exception {
        AuditEvent event = mailItemsAccessed("'OperationProperties':['@{Value=Sync; Name=MailAccessType}'],"
                + "'Folders':['@{Id=LgAAAA; Path=\\\\Inbox; FolderItems=System.Object[]}',"
                + "'@{Id=LgBBBB; Path=\\\\Archive}']");

        assertThat(event.mailAccess().items()).containsExactly(
                new AccessedItem("LgAAAA", "\\Inbox", null, null, null),
                new AccessedItem("LgBBBB", "\\Archive", null, null, null));
        assertThat(event.degraded()).isTrue();
    }

    @Test
    void folderItemsLostInsideARealFolderObject() throws Exception {
        AuditEvent bind = mailItemsAccessed(properties("Bind")
                + ",'Folders':[{'Id':'f1','Path':'\\\\Inbox','FolderItems':'System.Object[]'}]");
        assertThat(bind.mailAccess().items()).isEmpty();
        assertThat(bind.degraded()).isTrue();

        AuditEvent sync = mailItemsAccessed(properties("Sync")
                + ",'Folders':[{'Id':'f1','Path':'\\\\Inbox','FolderItems':'System.Object[]'}]");
        assertThat(sync.mailAccess().items()).containsExactly(new AccessedItem("f1", "\\Inbox", null, null, null));
        assertThat(sync.degraded()).isTrue();
    }

    @Test
    void flattenedFolderItemsStillNameTheirMessages() throws Exception {
        AuditEvent event = mailItemsAccessed(properties("Bind") + ",'Folders':[{'Id':'f1','Path':'\\\\Inbox',"
                + "'FolderItems':['@{InternetMessageId=<Q@x>; SizeInBytes=77}']}]");

        assertThat(event.mailAccess().items()).containsExactly(new AccessedItem("f1", "\\Inbox", "<Q@x>", "q@x", 77L));
        assertThat(event.degraded()).isTrue();
    }

    @ParameterizedTest(name = "IsThrottled {0}")
    @CsvSource(nullValues = "absent", value = {"'''True''', true", "true, true", "'''False''', false",
            "false, false", "'''TRUE''', true", "'''maybe''', absent", "absent, absent"})
    void throttledIsReadByNameInEveryForm(String jsonValue, Boolean expected) throws Exception {
        String throttle = jsonValue == null ? "" : ",{'Name':'IsThrottled','Value':" + jsonValue + "}";
        AuditEvent event = mailItemsAccessed("'OperationProperties':[{'Name':'MailAccessType','Value':'Bind'}"
                + throttle + "]");

        assertThat(event.mailAccess().throttled()).isEqualTo(expected);
    }

    @Test
    void operationCountAsNumberTextOrNonsense() throws Exception {
        assertThat(mailItemsAccessed("'OperationCount':7").mailAccess().operationCount()).isEqualTo(7);
        assertThat(mailItemsAccessed("'OperationCount':' 12 '").mailAccess().operationCount()).isEqualTo(12);
        assertThat(mailItemsAccessed("'OperationCount':'many'").mailAccess().operationCount()).isNull();
        assertThat(mailItemsAccessed("").mailAccess().operationCount()).isNull();
    }

    @Test
    void recognizedByOperationWhateverTheRecordType() throws Exception {
        AuditEvent event = normalizer.normalize(Records.auditData("{'Id':'m2','CreationTime':'2024-05-06T07:08:09',"
                + "'Operation':'MailItemsAccessed','RecordType':2,'Folders':[{'Path':'\\\\Inbox'}]}"));

        assertThat(event.recordType()).isEqualTo(2);
        assertThat(event.mailAccess().accessType()).isEqualTo(MailAccessType.UNKNOWN);
        assertThat(event.mailAccess().items()).containsExactly(new AccessedItem(null, "\\Inbox", null, null, null));
    }

    @Test
    void otherOperationsHaveNoMailAccess() throws Exception {
        AuditEvent event = normalizer.normalize(Records.auditData("{'Id':'m3','CreationTime':'2024-05-06T07:08:09',"
                + "'Operation':'AttachmentAccess','RecordType':50,'Messages':[{'Id':'x','MessageItems':[]}]}"));

        assertThat(event.mailAccess()).isNull();
        assertThat(event.isMailItemsAccessed()).isFalse();
    }
}
