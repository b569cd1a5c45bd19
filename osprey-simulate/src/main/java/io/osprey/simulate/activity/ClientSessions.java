package io.osprey.simulate.activity;

import io.osprey.simulate.audit.AccessContext;
import io.osprey.simulate.audit.Quirks;
import io.osprey.simulate.operations.SignIn;
import io.osprey.simulate.record.AuditRecord;
import io.osprey.simulate.record.UserType;
import io.osprey.simulate.tenant.ClientKind;
import io.osprey.simulate.tenant.RandomIds;
import io.osprey.simulate.tenant.UserProfile;
import io.osprey.simulate.truth.FindingKind;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Opens a user's client for the day: keeps its Entra session (renewing it now and then, or as a planted
 * incident dictates), writes the sign-in, and builds the access context its mailbox accesses carry.
 */
public final class ClientSessions {
    public static final String OUTLOOK_DESKTOP_AGENT =
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18429; Pro)";

    private ClientSessions() {
    }

    public static AccessContext open(UserDay day, ClientKind kind, String address, long firstUse,
                                     List<Action> actions) {
        UserState state = day.state();
        SplittableRandom random = day.random();
        SessionOverride override = state.sessionOverride(kind, day.day());
        DeviceSession session = state.session(kind);
        boolean renewed = override != null || session == null && day.day() > 0 || session != null
                && random.nextInt(1000) < renewalPerMille(kind);
        if (override != null) {
            session = new DeviceSession(override.sessionId(), firstUse - 45);
        } else if (renewed) {
            session = new DeviceSession(RandomIds.guid(random), firstUse - 30 - random.nextInt(60));
        } else if (session == null) {
            session = new DeviceSession(RandomIds.guid(random), firstUse - World.DAY * (1 + random.nextInt(20)));
        }
        state.session(kind, session);
        if (renewed || random.nextInt(100) < 45) {
            String signInAddress = override != null ? override.signInIp() : address;
            SignIn signIn = signIn(day.profile(), kind, session.sessionId(), signInAddress,
                    renewed ? session.issuedAt() : firstUse - 5 - random.nextInt(120), renewed);
            AuditRecord record = day.world().entra().signIn(signIn, random);
            actions.add(override == null ? Action.Emit.benign(record) : Action.Emit.attacker(record,
                    FindingKind.ATTACKER_SIGN_IN, "sign-in relayed by the adversary-in-the-middle proxy"));
        }
        return context(day.profile(), kind, address, session, random);
    }

    public static AccessContext context(UserProfile profile, ClientKind kind, String address, DeviceSession session,
                                        SplittableRandom random) {
        AccessContext.Token token = kind.appAccessContext() ? new AccessContext.Token(session.sessionId(),
                kind.clientAppId(), session.issuedAt(), RandomIds.uniqueTokenId(random)) : null;
        return AccessContext.builder().clientAddress(Quirks.writtenAddress(address, random), address)
                .clientInfoString(kind.clientInfoString())
                .user(profile.upn(), profile.puid(), UserType.REGULAR, profile.sid())
                .sessionId(session.sessionId()).apps(kind.appId(), kind.clientAppId()).token(token)
                .restItemIds(kind.restItemIds()).build();
    }

    public static SignIn signIn(UserProfile profile, ClientKind kind, String sessionId, String address, long time,
                                boolean interactive) {
        String userAgent;
        String system;
        String browser = null;
        switch (kind) {
            case OWA -> {
                userAgent = profile.browser().userAgent();
                system = profile.browser().operatingSystem();
                browser = profile.browser().browserType();
            }
            case OUTLOOK_IOS, REST_MOBILE -> {
                userAgent = "Outlook-iOS/729.2183370.prod.iphone (4.2412.0)";
                system = "Ios";
            }
            case OUTLOOK_ANDROID -> {
                userAgent = "Outlook-Android/2.0";
                system = "Android";
            }
            default -> {
                userAgent = OUTLOOK_DESKTOP_AGENT;
                system = "Windows10";
            }
        }
        String requestType = interactive ? "Login:login" : kind == ClientKind.OWA ? "Kmsi:kmsi" : "OAuth2:Token";
        return new SignIn(time, profile.upn(), profile.objectId(), address, userAgent, system, browser,
                kind.signInApplicationId(), kind.signInResourceId(), sessionId, true, requestType);
    }

    private static int renewalPerMille(ClientKind kind) {
        return switch (kind) {
            case OWA -> 80;
            case OUTLOOK_DESKTOP -> 40;
            case MICROSOFT_APP -> 50;
            default -> 20;
        };
    }
}
