package io.osprey.simulate.audit;

import io.osprey.model.MailAccessType;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.Message;
import io.osprey.simulate.tenant.MessagePool;
import io.osprey.simulate.tenant.ProfileRequirements;
import io.osprey.simulate.tenant.Tenant;
import io.osprey.simulate.tenant.UserDirectory;
import io.osprey.simulate.tenant.UserProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxAuditorTest {
    private static final long T0 = 1_772_409_600L; // 2026-03-02T00:00:00Z
    private static final int INBOX = 0;
    private static final int ARCHIVE = 2;

    private final Tenant tenant = Tenant.create(7);
    private final List<UserProfile> users = UserDirectory.create(7, tenant, 3, new ProfileRequirements()
            .requireUnaudited(2));
    private final UserProfile owner = users.get(1);
    private final MailboxAuditor auditor = new MailboxAuditor(owner, new MailItemsAccessedRecords(tenant));
    private final Scope scope = new Scope(owner);
    private final AccessContext office = context("62.160.1.10", "session-a");

    @Test
    void bindsOfOneContextAndFolderWithinTwoMinutesAreOneRecord() {
        auditor.bind(T0, office, INBOX, 5, scope);
        auditor.bind(T0 + 30, office, INBOX, 6, scope);
        auditor.bind(T0 + 119, office, INBOX, 7, scope);
        auditor.bind(T0 + 120, office, INBOX, 8, scope);
        auditor.flush(scope);

        assertThat(scope.recorded).hasSize(2);
        AuditedAccess first = scope.recorded.get(0);
        assertThat(first.record().creationTime()).isEqualTo(T0);
        assertThat(first.messages()).hasSize(3);
        assertThat(first.record().auditData().get("OperationCount")).isEqualTo(3);
        assertThat(scope.recorded.get(1).record().creationTime()).isEqualTo(T0 + 120);
    }

    @Test
    void anotherFolderOrContextStartsAnotherRecordInsideTheWindow() {
        auditor.bind(T0, office, INBOX, 5, scope);
        auditor.bind(T0 + 10, office, ARCHIVE, 5, scope);
        auditor.bind(T0 + 20, context("203.0.113.9", "session-a"), INBOX, 6, scope);
        auditor.bind(T0 + 30, context("62.160.1.10", "session-b"), INBOX, 6, scope);
        auditor.flush(scope);

        assertThat(scope.recorded).hasSize(4);
    }

    @Test
    void theSameBindInTheSameContextIsRecordedOnlyOncePerHour() {
        auditor.bind(T0, office, INBOX, 5, scope);
        auditor.bind(T0 + 600, office, INBOX, 5, scope);
        auditor.bind(T0 + 3_599, office, INBOX, 5, scope);
        auditor.bind(T0 + 700, context("203.0.113.9", "session-a"), INBOX, 5, scope);
        auditor.bind(T0 + 3_600, office, INBOX, 5, scope);
        auditor.flush(scope);

        assertThat(scope.recorded).extracting(access -> access.record().creationTime())
                .containsExactly(T0, T0 + 700, T0 + 3_600);
    }

    @Test
    void syncIsOneRecordPerFolderWithoutItemsAndRepeatsOnlyAfterAnHour() {
        auditor.sync(T0, office, INBOX, scope);
        auditor.sync(T0 + 5, office, ARCHIVE, scope);
        auditor.sync(T0 + 1_800, office, INBOX, scope);
        auditor.sync(T0 + 3_600, office, INBOX, scope);

        assertThat(scope.recorded).hasSize(3).allSatisfy(access -> {
            assertThat(access.accessType()).isEqualTo(MailAccessType.SYNC);
            assertThat(access.record().auditData().get("OperationCount")).isEqualTo(1);
            List<?> folders = (List<?>) access.record().auditData().get("Folders");
            assertThat(folders).singleElement().satisfies(folder -> {
                assertThat(((JsonObject) folder).get("FolderItems")).isNull();
                assertThat(((JsonObject) folder).get("Path")).hasToString(owner.folderPath(access.folder()));
            });
        });
    }

    @Test
    void pastAThousandRecordsInADayBindsAreThrottledForADayButSyncContinues() {
        for (int record = 0; record < 1_100; record++) {
            auditor.bind(T0 + record * 60L, office, record % 2 == 0 ? INBOX : ARCHIVE, record, scope);
        }
        auditor.sync(T0 + 70_000, office, INBOX, scope);
        auditor.bind(T0 + 86_000, office, INBOX, 5_000, scope);
        auditor.flush(scope);

        List<AuditedAccess> throttled = scope.recorded.stream().filter(AuditedAccess::throttled).toList();
        assertThat(throttled).hasSize(1);
        long start = throttled.get(0).record().creationTime();
        assertThat(scope.recorded.indexOf(throttled.get(0))).isEqualTo(1_000);
        assertThat(scope.recorded.stream().filter(access -> access.accessType() == MailAccessType.BIND
                && access.record().creationTime() > start)).isEmpty();
        assertThat(scope.recorded.get(scope.recorded.size() - 1).accessType()).isEqualTo(MailAccessType.SYNC);
        assertThat(scope.unrecorded).isEqualTo(1_100 - 1_001 + 1);
        auditor.bind(start + 86_400, office, INBOX, 6_000, scope);
        auditor.flush(scope);
        assertThat(scope.recorded.get(scope.recorded.size() - 1).record().creationTime()).isEqualTo(start + 86_400);
    }

    @Test
    void aMailboxWhoseAuditSetLacksMailItemsAccessedRecordsNothing() {
        MailboxAuditor unaudited = new MailboxAuditor(users.get(2), new MailItemsAccessedRecords(tenant));
        unaudited.bind(T0, office, INBOX, 1, scope);
        unaudited.sync(T0, office, INBOX, scope);
        unaudited.flush(scope);

        assertThat(scope.recorded).isEmpty();
    }

    private AccessContext context(String address, String session) {
        return AccessContext.builder().clientAddress(address, address).clientInfoString("Client=OWA;Action=ViaProxy")
                .user(owner.upn(), owner.puid(), UserType.REGULAR, owner.sid()).sessionId(session).build();
    }

    private static final class Scope implements AuditScope {
        final List<AuditedAccess> recorded = new ArrayList<>();
        final SplittableRandom random = new SplittableRandom(1);
        final MessagePool pool = new MessagePool(7);
        final UserProfile owner;
        int unrecorded;

        Scope(UserProfile owner) {
            this.owner = owner;
        }

        @Override
        public SplittableRandom random() {
            return random;
        }

        @Override
        public Message message(int folder, int index) {
            return pool.message(owner, folder, index);
        }

        @Override
        public void recorded(AuditedAccess access) {
            recorded.add(access);
        }

        @Override
        public void unrecordedWhileThrottled(AccessContext context, int folder, int index) {
            unrecorded++;
        }
    }
}
