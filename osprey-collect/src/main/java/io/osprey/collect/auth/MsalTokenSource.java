package io.osprey.collect.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import io.osprey.collect.CollectException;

import javax.net.ssl.SSLContext;
import java.net.MalformedURLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Tokens from Microsoft Entra ID through MSAL4J: client credentials with a certificate or a secret for app-only
 * collection, the device-code flow for delegated collection. MSAL keeps its token cache in memory; nothing is
 * persisted. Every failure message passes through the {@link Redactor}.
 */
public final class MsalTokenSource implements TokenSource {
    private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);
    private final ConfidentialClientApplication confidential;
    private final PublicClientApplication publicClient;
    private final Consumer<String> deviceCodePrompt;
    private final Redactor redactor;
    private final String loginHost;
    /** The last token per scope, reused until shortly before it expires (memory only). */
    private final Map<String, IAuthenticationResult> issued = new HashMap<>();

    private MsalTokenSource(ConfidentialClientApplication confidential, PublicClientApplication publicClient,
                            Consumer<String> deviceCodePrompt, Redactor redactor, String loginHost) {
        this.confidential = confidential;
        this.publicClient = publicClient;
        this.deviceCodePrompt = deviceCodePrompt;
        this.redactor = redactor;
        this.loginHost = loginHost;
    }

    /**
     * @param settings         tenant, client id, credential and endpoints
     * @param secrets          reads secrets from the environment or files
     * @param sslContext       trust settings for the sign-in host, or null for the JDK defaults
     * @param deviceCodePrompt receives the device-code instructions to show the user
     * @param redactor         learns every secret read here
     */
    public static MsalTokenSource create(SignInSettings settings, SecretReader secrets, SSLContext sslContext,
                                         Consumer<String> deviceCodePrompt, Redactor redactor) {
        String authority = settings.endpoints().authority(settings.tenant());
        boolean knownHost = isCloudLoginHost(settings.endpoints());
        try {
            if (settings.credential() instanceof CredentialSpec.DeviceCode) {
                PublicClientApplication.Builder builder = PublicClientApplication.builder(settings.clientId())
                        .authority(authority).logPii(false);
                if (!knownHost) {
                    builder.instanceDiscovery(false).validateAuthority(false);
                }
                if (sslContext != null) {
                    builder.sslSocketFactory(sslContext.getSocketFactory());
                }
                return new MsalTokenSource(null, builder.build(), deviceCodePrompt, redactor,
                        settings.endpoints().loginHost().toString());
            }
            IClientCredential credential = clientCredential(settings.credential(), secrets, redactor);
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                    .builder(settings.clientId(), credential).authority(authority).logPii(false);
            if (!knownHost) {
                builder.instanceDiscovery(false).validateAuthority(false);
            }
            if (sslContext != null) {
                builder.sslSocketFactory(sslContext.getSocketFactory());
            }
            return new MsalTokenSource(builder.build(), null, deviceCodePrompt, redactor,
                    settings.endpoints().loginHost().toString());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new CollectException("invalid sign-in authority " + authority + ": "
                    + redactor.redact(e.getMessage()));
        }
    }

    private static boolean isCloudLoginHost(Endpoints endpoints) {
        for (Cloud cloud : Cloud.values()) {
            if (cloud.endpoints().loginHost().equals(endpoints.loginHost())) {
                return true;
            }
        }
        return false;
    }

    private static IClientCredential clientCredential(CredentialSpec spec, SecretReader secrets, Redactor redactor) {
        if (spec instanceof CredentialSpec.ClientSecret clientSecret) {
            Secret secret = secrets.read(clientSecret.source());
            redactor.register(secret);
            return ClientCredentialFactory.createFromSecret(secret.reveal());
        }
        CredentialSpec.Certificate certificate = (CredentialSpec.Certificate) spec;
        Optional<Secret> password = certificate.password().map(secrets::read);
        password.ifPresent(redactor::register);
        CertificateMaterial material = new CertificateLoader().load(certificate.file(), password);
        return ClientCredentialFactory.createFromCertificateChain(material.privateKey(), material.chain());
    }

    @Override
    public synchronized String accessToken(String scope, boolean forceRefresh) throws InterruptedException {
        IAuthenticationResult cached = issued.get(scope);
        if (!forceRefresh && cached != null && cached.expiresOnDate() != null
                && cached.expiresOnDate().toInstant().isAfter(Instant.now().plus(EXPIRY_MARGIN))) {
            return cached.accessToken();
        }
        IAuthenticationResult result = confidential != null
                ? await(confidential.acquireToken(ClientCredentialParameters.builder(Set.of(scope))
                        .skipCache(forceRefresh).build()))
                : delegated(scope, forceRefresh);
        redactor.register(result.accessToken());
        issued.put(scope, result);
        return result.accessToken();
    }

    private IAuthenticationResult delegated(String scope, boolean forceRefresh) throws InterruptedException {
        Set<IAccount> accounts = publicClient.getAccounts().join();
        if (!accounts.isEmpty()) {
            try {
                return publicClient.acquireTokenSilently(SilentParameters.builder(Set.of(scope),
                        accounts.iterator().next()).forceRefresh(forceRefresh).build()).get();
            } catch (ExecutionException | MalformedURLException e) {
                // The cached sign-in cannot serve this scope silently: ask the user again below.
            }
        }
        return await(publicClient.acquireToken(DeviceCodeFlowParameters.builder(Set.of(scope),
                deviceCode -> deviceCodePrompt.accept(deviceCode.message())).build()));
    }

    private IAuthenticationResult await(CompletableFuture<IAuthenticationResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw signInFailure(e.getCause());
        }
    }

    private CollectException signInFailure(Throwable cause) {
        StringBuilder message = new StringBuilder("sign-in at ").append(loginHost).append(" failed");
        if (cause instanceof MsalServiceException service) {
            message.append(": ").append(service.errorCode()).append(" (HTTP ").append(service.statusCode()).append(')');
        }
        if (cause instanceof MsalException && cause.getMessage() != null) {
            message.append(": ").append(firstLine(cause.getMessage()));
        } else if (cause != null) {
            message.append(": ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                message.append(": ").append(firstLine(cause.getMessage()));
            }
        }
        return new CollectException(redactor.redact(message.toString()));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
