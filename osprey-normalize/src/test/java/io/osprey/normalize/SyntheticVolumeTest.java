package io.osprey.normalize;

import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.MailAccessType;
import io.osprey.model.SourceLocation;
import io.osprey.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Normalizes 50,000 synthetic MailItemsAccessed records, shared by several threads through one Normalizer,
 * and checks every event against what the generator put in. Correctness only: no timing is asserted.
 */
class SyntheticVolumeTest {
    private static final int RECORDS = 50_000;
    private static final int THREADS = 4;
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void manyRecordsAcrossThreadsNormalizeExactly() throws Exception {
        Normalizer shared = new Normalizer();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> slices = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread;
                slices.add(pool.submit(() -> checkSlice(shared, first)));
            }
            int checked = 0;
            for (Future<Integer> slice : slices) {
                checked += slice.get();
            }
            assertThat(checked).isEqualTo(RECORDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int checkSlice(Normalizer normalizer, int first) throws NormalizationException {
        int checked = 0;
        for (int index = first; index < RECORDS; index += THREADS) {
            SourceRecord record = new SourceRecord(new SourceLocation("synthetic.jsonl", index + 1L, -1),
                    "synthetic", recordJson(index), Map.of(), false);
            assertMatches(normalizer.normalize(record), index);
            checked++;
        }
        return checked;
    }

    private static boolean isSync(int index) {
        return index % 10 == 0;
    }

    private static int messageCount(int index) {
        return index % 5 + 1;
    }

    private static String throttleJson(int index) {
        return switch (index % 3) {
            case 0 -> ",{\"Name\":\"IsThrottled\",\"Value\":\"True\"}";
            case 1 -> ",{\"Name\":\"IsThrottled\",\"Value\":\"False\"}";
            default -> "";
        };
    }

    private static Boolean expectedThrottle(int index) {
        return index % 3 == 0 ? Boolean.TRUE : index % 3 == 1 ? Boolean.FALSE : null;
    }

    private static String address(int index) {
        int host = index % 250 + 1;
        return switch (index % 4) {
            case 0 -> "203.0.113." + host;
            case 1 -> "203.0.113." + host + ":" + (40000 + index % 20000);
            case 2 -> "[2001:DB8::" + Integer.toHexString(host) + "]:443";
            default -> "::ffff:203.0.113." + host;
        };
    }

    private static String expectedAddress(int index) {
        int host = index % 250 + 1;
        return index % 4 == 2 ? "2001:db8::" + Integer.toHexString(host) : "203.0.113." + host;
    }

    private static String recordJson(int index) {
        StringBuilder json = new StringBuilder(600);
        json.append("{\"CreationTime\":\"").append(START.plusSeconds(index).toString(), 0, 19)
                .append("\",\"Id\":\"syn-").append(index)
                .append("\",\"Operation\":\"MailItemsAccessed\",\"RecordType\":").append(index % 2 == 0 ? "50" : "\"50\"")
                .append(",\"UserId\":\"user").append(index % 100).append("@example.com\"")
                .append(",\"ClientIPAddress\":\"").append(address(index)).append('"')
                .append(",\"SessionId\":\"session-").append(index % 37).append('"')
                .append(",\"OperationProperties\":[{\"Name\":\"MailAccessType\",\"Value\":\"")
                .append(isSync(index) ? "Sync" : "Bind").append("\"}").append(throttleJson(index)).append(']')
                .append(",\"OperationCount\":").append(messageCount(index))
                .append(",\"Folders\":[{\"Id\":\"folder-").append(index % 7).append("\",\"Path\":\"\\\\Inbox\"");
        if (!isSync(index)) {
            json.append(",\"FolderItems\":[");
            for (int message = 0; message < messageCount(index); message++) {
                json.append(message == 0 ? "" : ",").append("{\"InternetMessageId\":\"<MSG-").append(index)
                        .append('-').append(message).append("@Example.com>\",\"SizeInBytes\":").append(1000 + message)
                        .append('}');
            }
            json.append(']');
        }
        return json.append("}]}").toString();
    }

    private static void assertMatches(AuditEvent event, int index) {
        assertThat(event.recordId()).isEqualTo("syn-" + index);
        assertThat(event.creationTime()).isEqualTo(START.plusSeconds(index));
        assertThat(event.recordType()).isEqualTo(50);
        assertThat(event.userId()).isEqualTo("user" + index % 100 + "@example.com");
        assertThat(event.clientAddress().normalized()).isEqualTo(expectedAddress(index));
        assertThat(event.sessionId()).isEqualTo("session-" + index % 37);
        assertThat(event.degraded()).isFalse();
        assertThat(event.mailAccess().accessType()).isEqualTo(isSync(index) ? MailAccessType.SYNC : MailAccessType.BIND);
        assertThat(event.mailAccess().throttled()).isEqualTo(expectedThrottle(index));
        assertThat(event.mailAccess().operationCount()).isEqualTo(messageCount(index));
        List<AccessedItem> items = event.mailAccess().items();
        if (isSync(index)) {
            assertThat(items).containsExactly(new AccessedItem("folder-" + index % 7, "\\Inbox", null, null, null));
            return;
        }
        assertThat(items).hasSize(messageCount(index));
        for (int message = 0; message < items.size(); message++) {
            assertThat(items.get(message).messageKey()).isEqualTo("msg-" + index + "-" + message + "@example.com");
            assertThat(items.get(message).sizeInBytes()).isEqualTo(1000L + message);
        }
    }
}
