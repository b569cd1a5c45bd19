package io.osprey.simulate.audit;

import io.osprey.simulate.record.LogonType;
import io.osprey.simulate.record.UserType;

/**
 * Who accesses a mailbox and how, as MailItemsAccessed records describe it. Two accesses with the same
 * {@link #key()} (client address as written, client info string, logon type, user, session) belong to one
 * access context: Exchange aggregates and suppresses records per context (and per folder and access type).
 */
public final class AccessContext {
    private final String clientIpAddress;
    private final String clientIp;
    private final String clientInfoString;
    private final LogonType logonType;
    private final String userId;
    private final String userKey;
    private final UserType userType;
    private final String logonUserSid;
    private final String sessionId;
    private final String appId;
    private final String clientAppId;
    private final Token token;
    private final boolean restItemIds;
    private final String attackerLabel;
    private final String key;

    /**
     * The AppAccessContext of token-based clients.
     *
     * @param aadSessionId  AADSessionId (the Entra session), or null
     * @param clientAppId   the client application id, or null
     * @param issuedAt      IssuedAtTime, epoch seconds
     * @param uniqueTokenId UniqueTokenId
     */
    public record Token(String aadSessionId, String clientAppId, long issuedAt, String uniqueTokenId) {
    }

    private AccessContext(Builder builder) {
        this.clientIpAddress = builder.clientIpAddress;
        this.clientIp = builder.clientIp;
        this.clientInfoString = builder.clientInfoString;
        this.logonType = builder.logonType;
        this.userId = builder.userId;
        this.userKey = builder.userKey;
        this.userType = builder.userType;
        this.logonUserSid = builder.logonUserSid;
        this.sessionId = builder.sessionId;
        this.appId = builder.appId;
        this.clientAppId = builder.clientAppId;
        this.token = builder.token;
        this.restItemIds = builder.restItemIds;
        this.attackerLabel = builder.attackerLabel;
        this.key = clientIpAddress + '\u0001' + clientInfoString + '\u0001' + logonType.number() + '\u0001'
                + userId + '\u0001' + sessionId + '\u0001' + appId + '\u0001' + clientAppId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** ClientIPAddress exactly as written (may carry a port, brackets or {@code ::ffff:}). */
    public String clientIpAddress() {
        return clientIpAddress;
    }

    /** The bare address behind {@link #clientIpAddress()}. */
    public String clientIp() {
        return clientIp;
    }

    public String clientInfoString() {
        return clientInfoString;
    }

    public LogonType logonType() {
        return logonType;
    }

    public String userId() {
        return userId;
    }

    public String userKey() {
        return userKey;
    }

    public UserType userType() {
        return userType;
    }

    public String logonUserSid() {
        return logonUserSid;
    }

    public String sessionId() {
        return sessionId;
    }

    public String appId() {
        return appId;
    }

    public String clientAppId() {
        return clientAppId;
    }

    public Token token() {
        return token;
    }

    public boolean restItemIds() {
        return restItemIds;
    }

    /** The planted attacker context's label, or null for benign activity. */
    public String attackerLabel() {
        return attackerLabel;
    }

    public boolean isAttacker() {
        return attackerLabel != null;
    }

    public String key() {
        return key;
    }

    /** Builds an {@link AccessContext}; client address, client info string, logon type and user are required. */
    public static final class Builder {
        private String clientIpAddress;
        private String clientIp;
        private String clientInfoString;
        private LogonType logonType = LogonType.OWNER;
        private String userId;
        private String userKey;
        private UserType userType = UserType.REGULAR;
        private String logonUserSid;
        private String sessionId;
        private String appId;
        private String clientAppId;
        private Token token;
        private boolean restItemIds;
        private String attackerLabel;

        public Builder clientAddress(String written, String bare) {
            this.clientIpAddress = written;
            this.clientIp = bare;
            return this;
        }

        public Builder clientInfoString(String value) {
            this.clientInfoString = value;
            return this;
        }

        public Builder logonType(LogonType value) {
            this.logonType = value;
            return this;
        }

        public Builder user(String id, String key, UserType type, String sid) {
            this.userId = id;
            this.userKey = key;
            this.userType = type;
            this.logonUserSid = sid;
            return this;
        }

        public Builder sessionId(String value) {
            this.sessionId = value;
            return this;
        }

        public Builder apps(String applicationId, String clientApplicationId) {
            this.appId = applicationId;
            this.clientAppId = clientApplicationId;
            return this;
        }

        public Builder token(Token value) {
            this.token = value;
            return this;
        }

        public Builder restItemIds(boolean value) {
            this.restItemIds = value;
            return this;
        }

        public Builder attacker(String label) {
            this.attackerLabel = label;
            return this;
        }

        public AccessContext build() {
            if (clientIpAddress == null || clientInfoString == null || userId == null) {
                throw new IllegalStateException("an access context needs a client address, client and user");
            }
            return new AccessContext(this);
        }
    }
}
