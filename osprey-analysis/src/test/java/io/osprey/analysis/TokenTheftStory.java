package io.osprey.analysis;

import io.osprey.model.AuditEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built token-theft case. The victim reads mail from her usual IP for days; on 2025-02-10 an
 * adversary-in-the-middle steals her new session s-victim and uses it from 203.0.113.66 (the IOC): two messages
 * bound (one also read by her), the Inbox synced. A second unknown IP (192.0.2.45) uses the same stolen session
 * (the pivot). A colleague's mailbox is quiet.
 */
final class TokenTheftStory {
    static final String VICTIM = "victim@contoso.com";
    static final String COLLEAGUE = "colleague@contoso.com";
    static final String USUAL_IP = "198.51.100.7";
    static final String ATTACKER_IP = "203.0.113.66";
    static final String PIVOT_IP = "192.0.2.45";
    static final String STOLEN_SESSION = "b7f0c3de-0000-4000-8000-00000000a11c";

    private TokenTheftStory() {
    }

    static List<List<AuditEvent>> events(boolean attackerSyncsEverything) {
        List<AuditEvent> victim = new ArrayList<>();
        victim.add(Events.sync(VICTIM).id("v-sync-1").at("2025-02-01T09:00:00Z").ip(USUAL_IP).session("s-old")
                .folders("\\Inbox", "\\Sent Items").build());
        for (int day = 1; day <= 5; day++) {
            victim.add(Events.bind(VICTIM).id("v-bind-day" + day).at("2025-02-0" + day + "T10:00:00Z").ip(USUAL_IP)
                    .session("s-old").messages("\\Inbox", "<m1@contoso.com>", "<m2@contoso.com>").build());
        }
        victim.add(Events.bind(VICTIM).id("v-bind-10a").at("2025-02-10T08:00:00Z").ip(USUAL_IP)
                .session(STOLEN_SESSION).messages("\\Inbox", "<m3@contoso.com>").build());
        victim.add(Events.bind(VICTIM).id("a-bind-1").at("2025-02-10T08:14:00Z").ip(ATTACKER_IP)
                .session(STOLEN_SESSION).messages("\\Inbox", "<m3@contoso.com>", "secret1@contoso.com").build());
        victim.add(Events.bind(VICTIM).id("a-bind-2").at("2025-02-10T09:20:00Z").ip("[" + ATTACKER_IP + "]:443")
                .session(STOLEN_SESSION).messages("\\Inbox", "<SECRET1@contoso.com>").build());
        victim.add(Events.sync(VICTIM).id("a-sync-1").at("2025-02-10T08:20:00Z").ip(ATTACKER_IP)
                .session(STOLEN_SESSION).client("Client=MSExchangeRPC")
                .folders(attackerSyncsEverything ? new String[] {"\\Inbox", "\\Sent Items"} : new String[] {"Inbox"})
                .build());
        victim.add(Events.bind(VICTIM).id("p-bind-1").at("2025-02-10T09:30:00Z").ip(PIVOT_IP)
                .session(STOLEN_SESSION).messages("\\Inbox", "<m4@contoso.com>").build());
        victim.add(Events.bind(VICTIM).id("v-bind-10b").at("2025-02-10T10:00:00Z").ip(USUAL_IP)
                .session(STOLEN_SESSION).messages("\\Inbox", "<m5@contoso.com>").build());
        victim.add(Events.bind(VICTIM).id("v-bind-12").at("2025-02-12T10:00:00Z").ip(USUAL_IP)
                .session(STOLEN_SESSION).messages("\\Inbox", "<m1@contoso.com>").build());

        List<AuditEvent> colleague = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            colleague.add(Events.bind(COLLEAGUE).id("c-bind-" + day).at("2025-02-0" + day + "T11:00:00Z")
                    .ip("198.51.100.20").session("s-col").messages("\\Inbox", "<c" + day + "@contoso.com>").build());
        }
        colleague.add(Events.bind(COLLEAGUE).id("c-other-op").operation("Send").build());
        return List.of(victim, colleague);
    }
}
