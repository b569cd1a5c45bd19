package io.osprey.collect.auth;

import java.net.URI;
import java.util.Objects;

/**
 * Where to sign in and which API hosts to call. Each host can be overridden (a proxy, a test server); the
 * token scopes always stay those of {@link #cloud()}, because the token audience does not move with the host.
 *
 * @param cloud        the cloud whose token audiences are requested
 * @param loginHost    the sign-in authority host, e.g. {@code https://login.microsoftonline.com}
 * @param graphHost    the Microsoft Graph host, e.g. {@code https://graph.microsoft.com}
 * @param activityHost the Management Activity API host, e.g. {@code https://manage.office.com}
 */
public record Endpoints(Cloud cloud, URI loginHost, URI graphHost, URI activityHost) {
    public Endpoints {
        Objects.requireNonNull(cloud, "cloud");
        loginHost = withoutTrailingSlash(loginHost);
        graphHost = withoutTrailingSlash(graphHost);
        activityHost = withoutTrailingSlash(activityHost);
    }

    public Endpoints withLoginHost(URI host) {
        return host == null ? this : new Endpoints(cloud, host, graphHost, activityHost);
    }

    public Endpoints withGraphHost(URI host) {
        return host == null ? this : new Endpoints(cloud, loginHost, host, activityHost);
    }

    public Endpoints withActivityHost(URI host) {
        return host == null ? this : new Endpoints(cloud, loginHost, graphHost, host);
    }

    /** The authority URL MSAL signs in against for a tenant. */
    public String authority(String tenant) {
        return loginHost + "/" + tenant + "/";
    }

    private static URI withoutTrailingSlash(URI host) {
        Objects.requireNonNull(host, "host");
        String text = host.toString();
        if (!text.startsWith("https://") && !text.startsWith("http://")) {
            throw new IllegalArgumentException("host must be an http(s) URL: " + text);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
