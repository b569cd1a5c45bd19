package io.osprey.simulate.trace;

import io.osprey.simulate.tenant.PersonNames;

import java.util.SplittableRandom;

/** The outside correspondents and subjects of traced mail. */
final class MailPeople {
    private static final String[] EXTERNAL_DOMAINS = {"northwind-traders.de", "contoso-partners.com",
            "gmail.com", "laposte.net", "adatum.example", "tailspin-toys.co.uk"};
    private static final String[] SERVICE_SENDERS = {"no-reply@docusign.net", "invoices@stripe.example",
            "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam.com", "noreply@linkedin.com",
            "notifications@github.example"};
    private static final String[] RECEIVED_SUBJECTS = {"Q1 invoice", "Re: contract renewal",
            "Meeting notes – project Zürich", "Your DocuSign envelope is complete", "Payment confirmation",
            "Réunion d'équipe jeudi", "Angebot Nr. 2026-114", "FW: updated bank details", "Lunch on Friday?",
            "Quarterly figures (confidential)", "Security alert: new sign-in", "Re: Re: purchase order 88127"};

    private MailPeople() {
    }

    static String externalPerson(SplittableRandom random) {
        String name = PersonNames.mailNickname(PersonNames.displayName(random));
        return name + "@" + EXTERNAL_DOMAINS[random.nextInt(EXTERNAL_DOMAINS.length)];
    }

    static String serviceSender(SplittableRandom random) {
        return SERVICE_SENDERS[random.nextInt(SERVICE_SENDERS.length)];
    }

    static String receivedSubject(SplittableRandom random) {
        return RECEIVED_SUBJECTS[random.nextInt(RECEIVED_SUBJECTS.length)];
    }

    /** A public address of a sending mail server. */
    static String serverAddress(SplittableRandom random) {
        return (40 + random.nextInt(160)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
    }
}
