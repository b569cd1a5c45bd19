package io.osprey.simulate.tenant;

/**
 * The mail clients of benign life, with the values Exchange and Entra record for them.
 *
 * <p>App ids: {@code 00000002-0000-0ff1-ce00-000000000000} Office 365 Exchange Online,
 * {@code 9199bf20-a13f-4107-85dc-02114787ef48} One Outlook Web, {@code d3590ed6-52b3-4102-aeff-aad2292ab01c}
 * Microsoft Office, {@code 27922004-5251-4030-b22d-91ecd9a37ea4} Outlook Mobile,
 * {@code 00000003-0000-0000-c000-000000000000} Microsoft Graph, {@code 4765445b-32c6-49b0-83e6-1d93765276ca}
 * OfficeHome, {@code 13937bba-652e-4c46-b222-3003f4d1ff97} Substrate Context Service.
 */
public enum ClientKind {
    OWA("Client=OWA;Action=ViaProxy", AppIds.EXCHANGE_ONLINE, AppIds.ONE_OUTLOOK_WEB, true, false,
            AppIds.OFFICE_HOME, AppIds.EXCHANGE_ONLINE),
    OUTLOOK_DESKTOP("Client=MSExchangeRPC", null, null, false, false, AppIds.MICROSOFT_OFFICE,
            AppIds.EXCHANGE_ONLINE),
    OUTLOOK_IOS("Client=OutlookService;Outlook-iOS/2.0;", AppIds.OUTLOOK_MOBILE, null, false, true,
            AppIds.OUTLOOK_MOBILE, AppIds.EXCHANGE_ONLINE),
    OUTLOOK_ANDROID("Client=OutlookService;Outlook-Android/2.0;", AppIds.OUTLOOK_MOBILE, null, false, true,
            AppIds.OUTLOOK_MOBILE, AppIds.EXCHANGE_ONLINE),
    REST_MOBILE("Client=REST;Client=RESTSystem;;", AppIds.OUTLOOK_MOBILE, AppIds.OUTLOOK_MOBILE, true, true,
            AppIds.OUTLOOK_MOBILE, AppIds.EXCHANGE_ONLINE),
    MICROSOFT_APP("Client=REST;;", AppIds.GRAPH, AppIds.SUBSTRATE_CONTEXT_SERVICE, true, true,
            AppIds.MICROSOFT_OFFICE, AppIds.GRAPH);

    private final String clientInfoString;
    private final String appId;
    private final String clientAppId;
    private final boolean appAccessContext;
    private final boolean restItemIds;
    private final String signInApplicationId;
    private final String signInResourceId;

    ClientKind(String clientInfoString, String appId, String clientAppId, boolean appAccessContext,
               boolean restItemIds, String signInApplicationId, String signInResourceId) {
        this.clientInfoString = clientInfoString;
        this.appId = appId;
        this.clientAppId = clientAppId;
        this.appAccessContext = appAccessContext;
        this.restItemIds = restItemIds;
        this.signInApplicationId = signInApplicationId;
        this.signInResourceId = signInResourceId;
    }

    public String clientInfoString() {
        return clientInfoString;
    }

    public String appId() {
        return appId;
    }

    public String clientAppId() {
        return clientAppId;
    }

    public boolean appAccessContext() {
        return appAccessContext;
    }

    /** Whether the client's MailItemsAccessed items carry store ids (REST/Graph clients do). */
    public boolean restItemIds() {
        return restItemIds;
    }

    public String signInApplicationId() {
        return signInApplicationId;
    }

    public String signInResourceId() {
        return signInResourceId;
    }

    public boolean isMobile() {
        return this == OUTLOOK_IOS || this == OUTLOOK_ANDROID || this == REST_MOBILE;
    }
}
