package io.osprey.simulate.incident;

import io.osprey.simulate.truth.GroundTruth;

import java.util.ArrayList;
import java.util.List;

/** Builds the truth's description of a planted attacker context. */
final class Contexts {
    private final String label;
    private final String description;
    private final List<String> mailboxes = new ArrayList<>();
    private final List<String> clientIps = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> clientInfoStrings = new ArrayList<>();
    private final List<String> iocs = new ArrayList<>();
    private String userId;
    private String sessionId;
    private boolean sharedSession;
    private String appId;
    private String clientAppId;
    private String userAgent;

    private Contexts(String label, String description) {
        this.label = label;
        this.description = description;
    }

    static Contexts context(String label, String description) {
        return new Contexts(label, description);
    }

    Contexts mailbox(String mailbox) {
        mailboxes.add(mailbox);
        return this;
    }

    Contexts user(String value) {
        userId = value;
        return this;
    }

    /** An address (bare and as written); its {@code ip:} indicator is added. */
    Contexts address(String bare, String asWritten) {
        clientIps.add(bare);
        written.add(asWritten);
        iocs.add("ip:" + bare);
        return this;
    }

    Contexts session(String value, boolean sharedWithUser) {
        sessionId = value;
        sharedSession = sharedWithUser;
        iocs.add("session:" + value);
        return this;
    }

    Contexts client(String clientInfoString) {
        clientInfoStrings.add(clientInfoString);
        return this;
    }

    Contexts apps(String application, String clientApplication) {
        appId = application;
        clientAppId = clientApplication;
        return this;
    }

    Contexts ioc(String indicator) {
        iocs.add(indicator);
        return this;
    }

    Contexts userAgent(String value) {
        userAgent = value;
        return this;
    }

    GroundTruth.AttackerContext build() {
        return new GroundTruth.AttackerContext(label, description, List.copyOf(mailboxes), userId,
                List.copyOf(clientIps), List.copyOf(written), sessionId, sharedSession, List.copyOf(clientInfoStrings),
                appId, clientAppId, userAgent, List.copyOf(iocs));
    }
}
