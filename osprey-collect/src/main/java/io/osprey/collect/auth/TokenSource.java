package io.osprey.collect.auth;

/** Hands out access tokens for an API audience. Tokens live in memory only. */
public interface TokenSource {
    /**
     * @param scope        the audience, e.g. {@code https://graph.microsoft.com/.default}
     * @param forceRefresh ask the sign-in service for a new token instead of reusing a cached one (after a 401)
     * @return a bearer access token
     */
    String accessToken(String scope, boolean forceRefresh) throws InterruptedException;
}
