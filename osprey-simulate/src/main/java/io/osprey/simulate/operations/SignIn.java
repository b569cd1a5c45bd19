package io.osprey.simulate.operations;

/**
 * An Entra ID sign-in as the audit log records it (UserLoggedIn / UserLoginFailed).
 *
 * @param time              epoch seconds
 * @param upn               the account
 * @param userObjectId      the account's object id (UserKey, Actor)
 * @param clientIp          the bare client address
 * @param userAgent         the browser or client user agent
 * @param operatingSystem   DeviceProperties OS
 * @param browserType       DeviceProperties BrowserType, or null for non-browser clients
 * @param applicationId     the client application that signed in (ApplicationId)
 * @param resourceId        the resource signed in to (ObjectId)
 * @param sessionId         the Entra session id (DeviceProperties SessionId), or null
 * @param success           UserLoggedIn when true, UserLoginFailed (wrong password) when false
 * @param requestType       e.g. {@code Login:login}, {@code OAuth2:Token}, {@code Kmsi:kmsi}
 */
public record SignIn(long time, String upn, String userObjectId, String clientIp, String userAgent,
                     String operatingSystem, String browserType, String applicationId, String resourceId,
                     String sessionId, boolean success, String requestType) {
}
