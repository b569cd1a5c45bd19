package io.osprey.simulate.tenant;

/** Well-known Microsoft application ids (from Microsoft's first-party app list). */
public final class AppIds {
    public static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    public static final String EXCHANGE_ONLINE = "00000002-0000-0ff1-ce00-000000000000";
    public static final String AZURE_AD_GRAPH = "00000002-0000-0000-c000-000000000000";
    public static final String ONE_OUTLOOK_WEB = "9199bf20-a13f-4107-85dc-02114787ef48";
    public static final String OFFICE_HOME = "4765445b-32c6-49b0-83e6-1d93765276ca";
    public static final String MICROSOFT_OFFICE = "d3590ed6-52b3-4102-aeff-aad2292ab01c";
    public static final String OUTLOOK_MOBILE = "27922004-5251-4030-b22d-91ecd9a37ea4";
    public static final String SUBSTRATE_CONTEXT_SERVICE = "13937bba-652e-4c46-b222-3003f4d1ff97";
    public static final String EXCHANGE_REST_POWERSHELL = "fb78d390-0c51-40cd-8e17-fdbfab77341b";
    public static final String AZURE_AD_POWERSHELL = "1b730954-1685-4b74-9bfd-dac224a7b894";
    /** The Exchange Online application role full_access_as_app (EWS with full access to all mailboxes). */
    public static final String FULL_ACCESS_AS_APP_ROLE = "dc890d15-9560-4a4c-9b7f-a736ec74ec40";

    private AppIds() {
    }
}
