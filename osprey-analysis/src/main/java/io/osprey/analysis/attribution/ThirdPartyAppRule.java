package io.osprey.analysis.attribution;

import io.osprey.analysis.Reason;

import java.util.Locale;
import java.util.Optional;

/**
 * Mail read by an application that is not Microsoft's own: the AppId or ClientAppId is not in the first-party
 * list. Graph (AppId of Microsoft Graph, ClientAppId of the caller) and EWS are the usual routes.
 */
public final class ThirdPartyAppRule implements SuspicionRule {
    public static final String CODE = "third-party-app";
    public static final String MICROSOFT_GRAPH = "00000003-0000-0000-c000-000000000000";

    @Override
    public Optional<Reason> evaluate(ContextFacts facts, TenantIndex tenant) {
        String clientAppId = facts.context().key().clientAppId();
        String appId = facts.context().key().appId();
        String thirdParty = clientAppId != null && !tenant.firstPartyApps().isFirstParty(clientAppId) ? clientAppId
                : appId != null && !tenant.firstPartyApps().isFirstParty(appId) ? appId : null;
        if (thirdParty == null) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "third-party application " + thirdParty + " reading mail via "
                + route(appId, facts.context().key().clientInfoString()) + " (not a Microsoft first-party app id)", 3));
    }

    static String route(String appId, String clientInfoString) {
        String client = clientInfoString == null ? "" : clientInfoString.toLowerCase(Locale.ROOT);
        if (MICROSOFT_GRAPH.equals(appId)) {
            return "Microsoft Graph";
        }
        if (client.startsWith("client=webservices") || client.contains("exchangewebservices")) {
            return "EWS";
        }
        if (client.startsWith("client=rest")) {
            return "REST";
        }
        return clientInfoString == null ? "an unknown client" : "client " + clientInfoString;
    }
}
