package io.osprey.collect.testserver;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Key material for the tests, made once per test JVM with the JDK's keytool: a self-signed server certificate for
 * 127.0.0.1 (MSAL accepts only https authorities) with the client trust that goes with it, and an app
 * certificate for certificate sign-in, as a PFX file and as a PEM file.
 */
public final class TestTls {
    static final char[] PASSWORD = "test-store-password".toCharArray();
    private static TestTls instance;

    private final SSLContext serverContext;
    private final SSLContext clientContext;
    private final Path appPfx;
    private final Path appPem;
    private final X509Certificate appCertificate;

    private TestTls(Path directory) throws IOException, GeneralSecurityException, InterruptedException {
        Path serverStore = directory.resolve("server.p12");
        appPfx = directory.resolve("app.pfx");
        Process serverKeys = keytool(serverStore, "server", "EC", "CN=127.0.0.1", "san=ip:127.0.0.1,dns:localhost");
        Process appKeys = keytool(appPfx, "app", "RSA", "CN=osprey-test-app", null);
        await(serverKeys);
        await(appKeys);
        KeyStore server = load(serverStore);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(server, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", server.getCertificate("server"));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trustManagers.getTrustManagers(), null);

        KeyStore app = load(appPfx);
        appCertificate = (X509Certificate) app.getCertificate("app");
        PrivateKey key = (PrivateKey) app.getKey("app", PASSWORD);
        appPem = directory.resolve("app.pem");
        Files.writeString(appPem, pem("CERTIFICATE", appCertificate.getEncoded()) + pem("PRIVATE KEY", key.getEncoded()),
                StandardCharsets.US_ASCII);
    }

    public static synchronized TestTls get() {
        if (instance == null) {
            try {
                Path directory = Files.createTempDirectory("osprey-collect-tls");
                directory.toFile().deleteOnExit();
                instance = new TestTls(directory);
            } catch (IOException | GeneralSecurityException | InterruptedException e) {
                throw new IllegalStateException("cannot make test certificates", e);
            }
        }
        return instance;
    }

    public SSLContext serverContext() {
        return serverContext;
    }

    /** Trusts the test server's certificate only. */
    public SSLContext clientContext() {
        return clientContext;
    }

    public Path appPfx() {
        return appPfx;
    }

    public String appPfxPassword() {
        return new String(PASSWORD);
    }

    public Path appPem() {
        return appPem;
    }

    public X509Certificate appCertificate() {
        return appCertificate;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static Process keytool(Path store, String alias, String algorithm, String name, String extension)
            throws IOException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var command = new java.util.ArrayList<>(java.util.List.of(keytool, "-genkeypair", "-alias", alias,
                "-keyalg", algorithm, "-keysize", "RSA".equals(algorithm) ? "2048" : "256", "-validity", "3", "-dname", name, "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)));
        if (extension != null) {
            command.add("-ext");
            command.add(extension);
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void await(Process process) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
