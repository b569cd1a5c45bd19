package io.osprey.collect.auth;

import io.osprey.collect.CollectException;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads an app's certificate and RSA private key from a PEM file ({@code CERTIFICATE} blocks plus a
 * {@code PRIVATE KEY}, {@code RSA PRIVATE KEY} or {@code ENCRYPTED PRIVATE KEY} block) or a PKCS#12/PFX file.
 * The file type is recognised by content, not by extension.
 */
public final class CertificateLoader {
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");

    public CertificateMaterial load(Path file, Optional<Secret> password) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CollectException("cannot read the certificate file " + file + ": " + e.getClass().getSimpleName());
        }
        try {
            String text = new String(content, StandardCharsets.US_ASCII);
            return text.contains("-----BEGIN ") ? fromPem(text, password) : fromPkcs12(content, password);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new CollectException("cannot load the certificate " + file + " (wrong password, or not a PEM/PFX"
                    + " file with an RSA private key): " + e.getClass().getSimpleName());
        }
    }

    private static CertificateMaterial fromPkcs12(byte[] content, Optional<Secret> password)
            throws GeneralSecurityException, IOException {
        char[] passwordChars = password.map(secret -> secret.reveal().toCharArray()).orElse(new char[0]);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(content), passwordChars);
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Key key = store.getKey(alias, passwordChars);
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate certificate : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) certificate);
                }
                return new CertificateMaterial((PrivateKey) key, chain);
            }
        }
        throw new GeneralSecurityException("no private key entry");
    }

    private static CertificateMaterial fromPem(String text, Optional<Secret> password)
            throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        Matcher block = PEM_BLOCK.matcher(text);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2));
            switch (block.group(1)) {
                case "CERTIFICATE" -> chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
                case "PRIVATE KEY" -> key = rsaKey(der);
                case "RSA PRIVATE KEY" -> key = rsaKey(Pkcs1.toPkcs8(der));
                case "ENCRYPTED PRIVATE KEY" -> key = rsaKey(decrypt(der, password));
                default -> { }
            }
        }
        if (key == null || chain.isEmpty()) {
            throw new GeneralSecurityException("the PEM file needs a certificate and a private key");
        }
        return new CertificateMaterial(key, chain);
    }

    private static PrivateKey rsaKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static byte[] decrypt(byte[] der, Optional<Secret> password) throws GeneralSecurityException {
        if (password.isEmpty()) {
            throw new GeneralSecurityException("an encrypted private key needs a password");
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            String algorithm = info.getAlgParameters().toString();
            SecretKeyFactory keyFactory = SecretKeyFactory.getInstance(algorithm);
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, keyFactory.generateSecret(new PBEKeySpec(password.get().reveal().toCharArray())),
                    info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (IOException e) {
            throw new GeneralSecurityException("unreadable encrypted key", e);
        }
    }
}
