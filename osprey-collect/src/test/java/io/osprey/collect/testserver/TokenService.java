package io.osprey.collect.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Microsoft identity platform v2 token endpoint as the tests need it: client credentials with a client
 * secret or a certificate-signed client assertion (RS256, checked against the registered certificate), the
 * device-code flow (one {@code authorization_pending}, then tokens), and refresh tokens. Tokens carry the
 * audience of the requested {@code .default} scope; the API services check it.
 */
public final class TokenService {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String tenant;
    private final String clientId;
    private final Map<String, String> audiences = new ConcurrentHashMap<>();
    private final List<String> grants = new CopyOnWriteArrayList<>();
    private final AtomicInteger devicePolls = new AtomicInteger();
    private volatile String clientSecret;
    private volatile PublicKey certificateKey;
    private volatile boolean echoCredentials;

    TokenService(String tenant, String clientId) {
        this.tenant = tenant;
        this.clientId = clientId;
    }

    /** Registers the app's client secret. */
    public void acceptSecret(String secret) {
        this.clientSecret = secret;
    }

    /** Registers the app's certificate. */
    public void acceptCertificate(PublicKey key) {
        this.certificateKey = key;
    }

    /** Makes error descriptions repeat the credential received (a badly behaved endpoint, for redaction tests). */
    public void echoCredentialsInErrors() {
        this.echoCredentials = true;
    }

    /** Forgets every token issued: the next API call with an old token gets 401. */
    public void revokeAll() {
        audiences.clear();
    }

    /** The grant types of every token request, in order. */
    public List<String> grants() {
        return List.copyOf(grants);
    }

    String audienceOf(String token) {
        return token == null ? null : audiences.get(token);
    }

    Http.Answer deviceCode(Map<String, String> form) {
        if (!clientId.equals(form.get("client_id"))) {
            return oauthError(400, "unauthorized_client", "AADSTS700016: unknown application");
        }
        return Http.Answer.json(200, "{\"user_code\":\"OSPREY42\",\"device_code\":\"device-code-1\","
                + "\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,"
                + "\"message\":\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin"
                + " and enter the code OSPREY42 to authenticate.\"}");
    }

    Http.Answer token(Map<String, String> form, String tokenEndpoint) {
        String grant = form.getOrDefault("grant_type", "");
        grants.add(grant);
        if (!clientId.equals(form.get("client_id"))) {
            return oauthError(400, "unauthorized_client", "AADSTS700016: Application not found in the directory");
        }
        String scope = form.getOrDefault("scope", "");
        String audience = audience(scope);
        if (audience == null) {
            return oauthError(400, "invalid_scope", "AADSTS1002012: The provided value for scope " + scope
                    + " is not valid. Client credential flows must have a scope value with /.default suffixed.");
        }
        switch (grant) {
            case "client_credentials" -> {
                String refusal = checkClient(form, tokenEndpoint);
                return refusal != null ? oauthError(401, "invalid_client", refusal) : issue(audience, false);
            }
            case "urn:ietf:params:oauth:grant-type:device_code", "device_code" -> {
                if (!"device-code-1".equals(form.get("device_code"))) {
                    return oauthError(400, "invalid_grant", "AADSTS70019: unknown device code");
                }
                return devicePolls.incrementAndGet() == 1
                        ? oauthError(400, "authorization_pending", "AADSTS70016: pending user authorization")
                        : issue(audience, true);
            }
            case "refresh_token" -> {
                return form.getOrDefault("refresh_token", "").startsWith("refresh-")
                        ? issue(audience, true) : oauthError(400, "invalid_grant", "AADSTS9002313: bad refresh token");
            }
            default -> {
                return oauthError(400, "unsupported_grant_type", "AADSTS70003: unsupported grant " + grant);
            }
        }
    }

    private static String audience(String scope) {
        for (String part : scope.split(" ")) {
            if (part.endsWith("/.default")) {
                return part.substring(0, part.length() - "/.default".length());
            }
        }
        return null;
    }

    private String checkClient(Map<String, String> form, String tokenEndpoint) {
        String secret = form.get("client_secret");
        if (secret != null) {
            if (secret.equals(clientSecret)) {
                return null;
            }
            return "AADSTS7000215: Invalid client secret provided." + (echoCredentials ? " Received: " + secret : "");
        }
        String assertion = form.get("client_assertion");
        if (assertion != null) {
            String problem = checkAssertion(assertion, tokenEndpoint);
            return problem == null ? null : problem + (echoCredentials ? " Received: " + assertion : "");
        }
        return "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required";
    }

    private String checkAssertion(String assertion, String tokenEndpoint) {
        try {
            String[] parts = assertion.split("\\.");
            JsonNode header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText()) || certificateKey == null) {
                return "AADSTS700027: unexpected signing algorithm or no certificate registered";
            }
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(certificateKey);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return "AADSTS700027: Client assertion contains an invalid signature.";
            }
            if (!clientId.equals(claims.path("iss").asText()) || !clientId.equals(claims.path("sub").asText())) {
                return "AADSTS700021: Client assertion application identifier doesn't match";
            }
            if (!tokenEndpoint.equalsIgnoreCase(claims.path("aud").asText())) {
                return "AADSTS700024: Client assertion audience " + claims.path("aud").asText() + " is not "
                        + tokenEndpoint;
            }
            if (claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
                return "AADSTS700024: Client assertion is expired";
            }
            return null;
        } catch (Exception e) {
            return "AADSTS50027: invalid client assertion (" + e.getClass().getSimpleName() + ")";
        }
    }

    private Http.Answer issue(String audience, boolean delegated) {
        String token = "token-" + UUID.randomUUID();
        audiences.put(token, audience);
        StringBuilder body = new StringBuilder("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,")
                .append("\"scope\":\"").append(audience).append("/.default\",\"access_token\":\"").append(token).append('"');
        if (delegated) {
            body.append(",\"refresh_token\":\"refresh-").append(UUID.randomUUID()).append('"')
                    .append(",\"id_token\":\"").append(idToken()).append('"')
                    .append(",\"client_info\":\"").append(base64Url("{\"uid\":\"user-oid\",\"utid\":\"" + tenant + "\"}"))
                    .append('"');
        }
        return Http.Answer.json(200, body.append('}').toString());
    }

    private String idToken() {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"aud\":\"" + clientId + "\",\"iss\":\"https://login.microsoftonline.com/" + tenant
                + "/v2.0\",\"tid\":\"" + tenant + "\",\"oid\":\"user-oid\",\"sub\":\"user-sub\",\"iat\":" + now
                + ",\"nbf\":" + now + ",\"exp\":" + (now + 3600)
                + ",\"preferred_username\":\"investigator@contoso.com\",\"name\":\"Investigator\"}";
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(claims) + ".";
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Http.Answer oauthError(int status, String error, String description) {
        return Http.Answer.json(status, "{\"error\":\"" + error + "\",\"error_description\":\""
                + Http.escape(description) + "\",\"error_codes\":[7000215],\"timestamp\":\"" + Instant.now()
                + "\",\"trace_id\":\"" + UUID.randomUUID() + "\",\"correlation_id\":\"" + UUID.randomUUID() + "\"}");
    }
}
