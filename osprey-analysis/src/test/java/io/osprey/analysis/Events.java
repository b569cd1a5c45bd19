package io.osprey.analysis;

import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;
import io.osprey.model.MessageIds;
import io.osprey.model.SourceLocation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixture: builds normalized MailItemsAccessed events the way the normalizer would. */
public final class Events {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private String recordId;
    private Instant time = Instant.parse("2025-02-10T09:00:00Z");
    private final String mailbox;
    private String userId;
    private String ip;
    private String session;
    private String appId;
    private String clientAppId;
    private String clientInfo = "Client=OWA;Action=ViaProxy";
    private String logonType = "Owner";
    private MailAccessType type = MailAccessType.BIND;
    private Boolean throttled = Boolean.FALSE;
    private Integer operationCount;
    private boolean degraded;
    private String operation = "MailItemsAccessed";
    private final List<AccessedItem> items = new ArrayList<>();

    private Events(String mailbox) {
        this.mailbox = mailbox;
        this.userId = mailbox;
    }

    public static Events bind(String mailbox) {
        return new Events(mailbox);
    }

    public static Events sync(String mailbox) {
        Events events = new Events(mailbox);
        events.type = MailAccessType.SYNC;
        events.clientInfo = "Client=MSExchangeRPC";
        return events;
    }

    public Events id(String value) {
        recordId = value;
        return this;
    }

    public Events at(String isoTime) {
        time = Instant.parse(isoTime);
        return this;
    }

    public Events at(Instant value) {
        time = value;
        return this;
    }

    public Events plus(Duration offset) {
        time = time.plus(offset);
        return this;
    }

    public Events user(String value) {
        userId = value;
        return this;
    }

    public Events ip(String value) {
        ip = value;
        return this;
    }

    public Events session(String value) {
        session = value;
        return this;
    }

    public Events app(String value) {
        appId = value;
        return this;
    }

    public Events clientApp(String value) {
        clientAppId = value;
        return this;
    }

    public Events client(String value) {
        clientInfo = value;
        return this;
    }

    public Events logon(String value) {
        logonType = value;
        return this;
    }

    public Events throttled(Boolean value) {
        throttled = value;
        return this;
    }

    public Events operationCount(int value) {
        operationCount = value;
        return this;
    }

    public Events degraded() {
        degraded = true;
        return this;
    }

    public Events operation(String value) {
        operation = value;
        return this;
    }

    /** Bind items: messages in one folder. */
    public Events messages(String folder, String... internetMessageIds) {
        for (String id : internetMessageIds) {
            items.add(new AccessedItem("F-" + folder, folder, id, MessageIds.matchKey(id), 1000L));
        }
        return this;
    }

    /** Sync items: folder rows. */
    public Events folders(String... folders) {
        for (String folder : folders) {
            items.add(new AccessedItem("F-" + folder, folder, null, null, null));
        }
        return this;
    }

    public AuditEvent build() {
        String id = recordId != null ? recordId : "rec-" + SEQUENCE.incrementAndGet();
        boolean mailItems = "MailItemsAccessed".equals(operation);
        MailAccess access = mailItems ? new MailAccess(type, throttled,
                operationCount != null ? operationCount : Math.max(1, items.size()), items) : null;
        return new AuditEvent(id, time, operation, "Exchange", 50, "ExchangeItemAggregated", "Succeeded", userId,
                "Regular", ip == null ? ClientAddress.NONE : new ClientAddress(ip, ip), session, appId, clientAppId,
                clientInfo, logonType, mailbox, null, "org", null, Map.of(), Map.of(), Map.of(), Map.of(), access,
                "{}", "test", new SourceLocation("test.json", 1, 0), degraded, 20);
    }
}
