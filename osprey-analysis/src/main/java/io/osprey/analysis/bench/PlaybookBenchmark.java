package io.osprey.analysis.bench;

import io.osprey.analysis.Investigation;
import io.osprey.analysis.InvestigationRequest;
import io.osprey.analysis.InvestigationResult;
import io.osprey.analysis.Ioc;
import io.osprey.analysis.MailboxInvestigation;
import io.osprey.model.AccessedItem;
import io.osprey.model.AuditEvent;
import io.osprey.model.ClientAddress;
import io.osprey.model.MailAccess;
import io.osprey.model.MailAccessType;
import io.osprey.model.SourceLocation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times {@link Investigation#run} over synthetic in-memory cases of 250,000, 500,000 and 1,000,000
 * MailItemsAccessed records (or the sizes given as arguments) and prints the figures. Each mailbox holds about
 * 500 records over 30 days from a few usual IPs and sessions (10% Sync, 1 to 6 messages per Bind, from a pool
 * of 400 messages); one mailbox in fifty also sees a stolen session from an attacker IP, which is the IOC.
 *
 * <p>{@code --cold} skips the warm-up run, as a fresh command-line process would.
 *
 * <p>Run: {@code java -cp osprey-analysis/target/classes:osprey-model/target/classes
 * io.osprey.analysis.bench.PlaybookBenchmark [N...]}
 */
public final class PlaybookBenchmark {
    private static final int RECORDS_PER_MAILBOX = 500;
    private static final int MESSAGES_PER_MAILBOX = 400;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final String ATTACKER_IP = "203.0.113.66";
    private static final String[] FOLDERS = {"\\Inbox", "\\Sent Items", "\\Archive", "\\Projects"};
    private static final SourceLocation LOCATION = new SourceLocation("synthetic", -1, -1);

    private PlaybookBenchmark() {
    }

    public static void main(String[] arguments) {
        List<Integer> sizes = new ArrayList<>();
        boolean cold = false;
        for (String argument : arguments) {
            if (argument.equals("--cold")) {
                cold = true;
            } else {
                sizes.add(Integer.parseInt(argument.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(250_000, 500_000, 1_000_000);
        }
        InvestigationRequest request = InvestigationRequest.builder().ioc(Ioc.parse("ip:" + ATTACKER_IP)).build();
        if (!cold) {
            time(request, build(100_000), "warm-up");
        }
        for (int size : sizes) {
            List<List<AuditEvent>> events = build(size);
            time(request, events, "measured");
        }
    }

    private static void time(InvestigationRequest request, List<List<AuditEvent>> events, String label) {
        int records = events.stream().mapToInt(List::size).sum();
        System.gc();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        InvestigationResult result = Investigation.run(request, events);
        long nanos = System.nanoTime() - start;
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        long messages = result.mailboxes().stream().mapToLong(mailbox -> mailbox.messages().size()).sum();
        long compromised = result.mailboxes().stream().filter(PlaybookBenchmark::attacked).count();
        System.out.printf("%-9s %,10d records  %,6d mailboxes  %,9d message rows  %,4d attacked  %,8d ms wall"
                        + "  %,8d ms cpu (process)  %,10.0f records/s%n", label, records, events.size(), messages, compromised,
                nanos / 1_000_000, cpuMillis, records / (nanos / 1e9));
    }

    /** CPU time of the whole process (all threads, GC included), or 0 where the platform does not tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static boolean attacked(MailboxInvestigation mailbox) {
        return mailbox.attackerAccessedMessages() > 0 || !mailbox.attackerSyncedFolders().isEmpty();
    }

    /** The synthetic case, one list per mailbox. */
    public static List<List<AuditEvent>> build(int records) {
        SplittableRandom random = new SplittableRandom(20_250_101L);
        int mailboxes = Math.max(1, records / RECORDS_PER_MAILBOX);
        List<List<AuditEvent>> cases = new ArrayList<>(mailboxes);
        int remaining = records;
        for (int mailbox = 0; mailbox < mailboxes; mailbox++) {
            int count = mailbox == mailboxes - 1 ? remaining : RECORDS_PER_MAILBOX;
            cases.add(mailbox(mailbox, count, random));
            remaining -= count;
        }
        return cases;
    }

    private static List<AuditEvent> mailbox(int number, int count, SplittableRandom random) {
        String owner = "user" + number + "@contoso.com";
        String[] ips = {"198.51." + (number % 250) + ".7", "198.51." + (number % 250) + ".8",
                "2001:db8:" + Integer.toHexString(number) + "::1"};
        String[] sessions = {"s-" + number + "-a", "s-" + number + "-b"};
        String[][] messages = new String[MESSAGES_PER_MAILBOX][];
        for (int index = 0; index < messages.length; index++) {
            String key = number + "." + index + "@mail.contoso.com";
            messages[index] = new String[] {"<" + key + ">", key};
        }
        Map<String, ClientAddress> addresses = new java.util.HashMap<>();
        boolean attacked = number % 50 == 7;
        List<AuditEvent> events = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            Instant time = START.plusSeconds(random.nextLong(Duration.ofDays(30).toSeconds()));
            boolean attacker = attacked && index % 40 == 0;
            String ip = attacker ? ATTACKER_IP : ips[random.nextInt(ips.length)];
            boolean sync = random.nextInt(10) == 0;
            ClientAddress address = addresses.computeIfAbsent(ip, text -> new ClientAddress(text, text));
            events.add(event(owner + "-" + index, time, owner, address, sessions[random.nextInt(sessions.length)],
                    sync, items(sync, messages, random)));
        }
        return events;
    }

    private static List<AccessedItem> items(boolean sync, String[][] messages, SplittableRandom random) {
        String folder = FOLDERS[random.nextInt(FOLDERS.length)];
        if (sync) {
            return List.of(new AccessedItem(folder, folder, null, null, null));
        }
        int size = 1 + random.nextInt(6);
        List<AccessedItem> items = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            String[] message = messages[random.nextInt(messages.length)];
            items.add(new AccessedItem(folder, folder, message[0], message[1], 4096L));
        }
        return items;
    }

    private static AuditEvent event(String id, Instant time, String owner, ClientAddress address, String session,
                                    boolean sync, List<AccessedItem> items) {
        MailAccess access = new MailAccess(sync ? MailAccessType.SYNC : MailAccessType.BIND, Boolean.FALSE,
                items.size(), items);
        return new AuditEvent(id, time, "MailItemsAccessed", "Exchange", 50, "ExchangeItemAggregated", "Succeeded",
                owner, "Regular", address, session, null, null,
                sync ? "Client=MSExchangeRPC" : "Client=OWA;Action=ViaProxy", "Owner", owner, null, "org", null,
                Map.of(), Map.of(), Map.of(), Map.of(), access, "", "synthetic", LOCATION, false, 20);
    }
}
