package io.osprey.simulate.trace;

import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.JsonObject;
import io.osprey.simulate.tenant.MailFolder;
import io.osprey.simulate.tenant.Message;
import io.osprey.simulate.tenant.MessagePool;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.Seeds;
import io.osprey.simulate.tenant.UserProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The message trace of the traced mailboxes (those the incidents target, as an investigator would trace them):
 * every message of their Inbox, Sent Items, Archive, Deleted Items and custom folder (Drafts are never sent).
 * Messages the mailbox had before the simulation were received over the {@value #HISTORY_DAYS} days before it;
 * the mail a day adds to a folder was received over the 24 hours before that day starts (the mailbox shows it
 * from the day's start); sent mail was sent at its Send record's time, with its subject.
 */
public final class MessageTraceLedger {
    static final int HISTORY_DAYS = 60;
    private static final long DAY = 86_400;
    private static final long TRACE = 0x7472616365L;
    private static final int[] TRACED_FOLDERS = {MailFolder.INBOX.ordinal(), MailFolder.SENT_ITEMS.ordinal(),
            MailFolder.ARCHIVE.ordinal(), MailFolder.DELETED_ITEMS.ordinal(), MailFolder.CUSTOM.ordinal()};

    private final long seed;
    private final long start;
    private final MessagePool pool;
    private final List<String> colleagues;
    private final Map<String, List<TracedMail>> byMailbox = new LinkedHashMap<>();

    /**
     * @param colleagues addresses of untraced users, the internal senders of received mail (traced users never
     *                   write to each other, so one mailbox's trace never claims mail another mailbox lacks)
     */
    public MessageTraceLedger(long seed, long start, MessagePool pool, List<String> colleagues) {
        this.seed = seed;
        this.start = start;
        this.pool = pool;
        this.colleagues = List.copyOf(colleagues);
    }

    public boolean traces(String mailbox) {
        return byMailbox.containsKey(mailbox);
    }

    /** Starts tracing a mailbox with the messages it holds before the simulation. */
    public void trace(UserProfile profile) {
        List<TracedMail> mail = byMailbox.computeIfAbsent(profile.upn(), key -> new ArrayList<>());
        for (int folder : TRACED_FOLDERS) {
            int count = profile.initialFolderCount(folder);
            long from = start - HISTORY_DAYS * DAY;
            receivedOver(profile, folder, 0, count, from, start - DAY - from, Map.of(), mail);
        }
    }

    /**
     * Adds what a day of a traced mailbox added to its folders.
     *
     * @param before     the folder counts at the day's start (before its deliveries)
     * @param after      the folder counts at the day's end
     * @param dayRecords the day's records of the mailbox (its Send records give sent mail its time and subject)
     */
    public void day(UserProfile profile, long dayStart, int[] before, int[] after, List<AuditRecord> dayRecords) {
        List<TracedMail> mail = byMailbox.get(profile.upn());
        if (mail == null) {
            return;
        }
        Map<String, AuditRecord> sends = sends(dayRecords);
        for (int folder : TRACED_FOLDERS) {
            receivedOver(profile, folder, before[folder], after[folder], dayStart - DAY, DAY, sends, mail);
        }
    }

    /** The traced mailboxes' mail, mailbox by mailbox in the order traced, oldest first within a mailbox. */
    public Map<String, List<TracedMail>> mailByMailbox() {
        Map<String, List<TracedMail>> sorted = new LinkedHashMap<>();
        byMailbox.forEach((mailbox, mail) -> {
            List<TracedMail> copy = new ArrayList<>(mail);
            copy.sort((left, right) -> Long.compare(left.received(), right.received()));
            sorted.put(mailbox, List.copyOf(copy));
        });
        return sorted;
    }

    private void receivedOver(UserProfile profile, int folder, int from, int to, long spanStart, long span,
                              Map<String, AuditRecord> sends, List<TracedMail> mail) {
        int count = to - from;
        for (int index = from; index < to; index++) {
            SplittableRandom random = Seeds.stream(seed, TRACE, profile.index(), folder, index);
            Message message = pool.message(profile, folder, index);
            long received = spanStart + (long) ((index - from + random.nextDouble()) * span / count);
            AuditRecord send = sends.get(message.internetMessageId());
            if (folder == MailFolder.SENT_ITEMS.ordinal()) {
                mail.add(sent(profile, message, send, received, random));
            } else {
                mail.add(received(profile, message, received, random));
            }
        }
    }

    private TracedMail sent(UserProfile profile, Message message, AuditRecord send, long received,
                            SplittableRandom random) {
        List<String> recipients = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int recipient = 0; recipient < count; recipient++) {
            recipients.add(MailPeople.externalPerson(random));
        }
        String subject = MailPeople.receivedSubject(random);
        long time = received;
        if (send != null) {
            time = send.creationTime();
            subject = ((JsonObject) send.auditData().get("Item")).text("Subject");
        }
        return new TracedMail(profile.upn(), message.internetMessageId(), time, true, profile.upn(), recipients,
                subject, message.sizeInBytes(), RandomIds.guid(random), "");
    }

    private TracedMail received(UserProfile profile, Message message, long received, SplittableRandom random) {
        int kind = random.nextInt(100);
        String sender;
        String fromIp = "";
        if (kind < 40 && !colleagues.isEmpty()) {
            sender = colleagues.get(random.nextInt(colleagues.size()));
        } else if (kind < 80) {
            sender = MailPeople.externalPerson(random);
            fromIp = MailPeople.serverAddress(random);
        } else {
            sender = MailPeople.serviceSender(random);
            fromIp = MailPeople.serverAddress(random);
        }
        return new TracedMail(profile.upn(), message.internetMessageId(), received, false, sender,
                List.of(profile.upn()), MailPeople.receivedSubject(random), message.sizeInBytes(),
                RandomIds.guid(random), fromIp);
    }

    private static Map<String, AuditRecord> sends(List<AuditRecord> dayRecords) {
        Map<String, AuditRecord> sends = new HashMap<>();
        for (AuditRecord record : dayRecords) {
            if (record.operation().equals("Send") && record.auditData().get("Item") instanceof JsonObject item) {
                sends.put(item.text("InternetMessageId"), record);
            }
        }
        return sends;
    }
}
