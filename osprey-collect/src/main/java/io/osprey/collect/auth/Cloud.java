package io.osprey.collect.auth;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Microsoft clouds Osprey can collect from, with their sign-in authority host, Microsoft Graph host and
 * Office 365 Management Activity API host.
 *
 * <p>Sources: Microsoft Graph "national cloud deployments" (login.microsoftonline.us, login.chinacloudapi.cn,
 * graph.microsoft.us, dod-graph.microsoft.us, microsoftgraph.chinacloudapi.cn) and the Management Activity API
 * reference (manage-gcc.office.com, manage.office365.us, manage.protection.apps.mil). GCC (moderate) signs in
 * and calls Graph on the commercial hosts. The China Management Activity API host (manage.office.cn) is taken
 * from community tooling, not from Microsoft's reference, which lists no China endpoint.
 */
public enum Cloud {
    GLOBAL("global", "https://login.microsoftonline.com", "https://graph.microsoft.com", "https://manage.office.com"),
    GCC("gcc", "https://login.microsoftonline.com", "https://graph.microsoft.com", "https://manage-gcc.office.com"),
    GCC_HIGH("gcc-high", "https://login.microsoftonline.us", "https://graph.microsoft.us", "https://manage.office365.us"),
    DOD("dod", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us",
            "https://manage.protection.apps.mil"),
    CHINA("china", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn",
            "https://manage.office.cn");

    private final String cliName;
    private final URI loginHost;
    private final URI graphHost;
    private final URI activityHost;

    Cloud(String cliName, String loginHost, String graphHost, String activityHost) {
        this.cliName = cliName;
        this.loginHost = URI.create(loginHost);
        this.graphHost = URI.create(graphHost);
        this.activityHost = URI.create(activityHost);
    }

    public String cliName() {
        return cliName;
    }

    /** The hosts of this cloud; every one of them can be overridden afterwards. */
    public Endpoints endpoints() {
        return new Endpoints(this, loginHost, graphHost, activityHost);
    }

    /** The token audience of Microsoft Graph in this cloud, independent of any host override. */
    public String graphScope() {
        return graphHost + "/.default";
    }

    /** The token audience of the Management Activity API in this cloud, independent of any host override. */
    public String activityScope() {
        return activityHost + "/.default";
    }

    /** Parses the command-line name ({@code global, gcc, gcc-high, dod, china}). */
    public static Cloud fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Cloud cloud : values()) {
            if (cloud.cliName.equals(wanted)) {
                return cloud;
            }
        }
        throw new IllegalArgumentException("unknown cloud '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Cloud::cliName).collect(Collectors.joining(", ")));
    }
}
