package io.osprey.simulate.tenant;

import java.util.SplittableRandom;

/**
 * The messages of every mailbox, derived on demand: message {@code n} of folder {@code f} of user {@code u}
 * is a pure function of the seed, so no mailbox content is held in memory. Folder sizes live in the user's
 * state; a message index below the folder's current count exists.
 */
public final class MessagePool {
    private static final String[] NOTIFICATION_REGIONS = {"centralus", "eastus", "westeurope", "northeurope",
            "southcentralus", "westus2"};
    private static final String[] EXTERNAL_HOSTS = {"eu-west-1.amazonses.com", "email.docusign.net",
            "mail.contoso.com", "smtp.laposte.net", "mx.northwind-traders.de", "bounce.mailchimpapp.net"};

    private final long seed;

    public MessagePool(long seed) {
        this.seed = seed;
    }

    public Message message(UserProfile user, int folder, int index) {
        long itemSeed = Seeds.derive(seed, Seeds.MESSAGE, user.index(), folder, index);
        SplittableRandom random = new SplittableRandom(itemSeed);
        boolean ownMessage = folder == MailFolder.SENT_ITEMS.ordinal() || folder == MailFolder.DRAFTS.ordinal();
        String id = ownMessage ? internal(random, user.server()) : received(random);
        return new Message(id, size(random), random.nextLong());
    }

    /** The InternetMessageId of the n-th message a user sends (it lands in Sent Items at that index). */
    public Message sent(UserProfile user, int index) {
        return message(user, MailFolder.SENT_ITEMS.ordinal(), index);
    }

    private static String received(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 55) {
            return internal(random, "DM6PR" + Tenant.twoDigits(1 + random.nextInt(19)) + "MB"
                    + (1000 + random.nextInt(9000)));
        }
        if (kind < 75) {
            return "<CA" + RandomIds.base64Url(random, 30) + "=" + RandomIds.base64Url(random, 10)
                    + "@mail.gmail.com>";
        }
        if (kind < 85) {
            return "<" + RandomIds.guid(random) + "@az." + NOTIFICATION_REGIONS[random.nextInt(
                    NOTIFICATION_REGIONS.length)] + ".production.microsoft.com>";
        }
        return "<" + RandomIds.hexLower(random, 16) + "." + RandomIds.hexLower(random, 8) + "-"
                + random.nextInt(100_000, 1_000_000) + "@" + EXTERNAL_HOSTS[random.nextInt(EXTERNAL_HOSTS.length)]
                + ">";
    }

    private static String internal(SplittableRandom random, String server) {
        return "<" + server + RandomIds.hexUpper(random, 24) + "@" + Tenant.messageHost(server) + ">";
    }

    private static int size(SplittableRandom random) {
        double uniform = 1.0 - random.nextDouble();
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(uniform))
                * StrictMath.cos(2 * Math.PI * random.nextDouble());
        double size = StrictMath.exp(9.4 + 1.3 * gaussian); // StrictMath: the same bytes on every JVM
        return (int) Math.max(1_200, Math.min(size, 35_000_000));
    }
}
