package io.osprey.collect.auth;

import io.osprey.collect.CollectException;
import io.osprey.collect.testserver.TestTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateLoaderTest {
    @TempDir
    Path directory;
    private final CertificateLoader loader = new CertificateLoader();

    private PrivateKey referenceKey() {
        return new CertificateLoader().load(TestTls.get().appPfx(), Optional.of(new Secret(TestTls.get().appPfxPassword())))
                .privateKey();
    }

    @Test
    void loadsPfxAndPemToTheSameKeyAndCertificate() {
        CertificateMaterial pfx = loader.load(TestTls.get().appPfx(), Optional.of(new Secret(TestTls.get().appPfxPassword())));
        CertificateMaterial pem = loader.load(TestTls.get().appPem(), Optional.empty());

        assertThat(pem.privateKey().getEncoded()).isEqualTo(pfx.privateKey().getEncoded());
        assertThat(pem.chain()).isEqualTo(pfx.chain());
        assertThat(pfx.chain().get(0)).isEqualTo(TestTls.get().appCertificate());
        assertThat(pfx.toString()).contains("key redacted");
    }

    @Test
    void readsAnOpenSslStyleRsaPrivateKey() throws Exception {
        byte[] pkcs8 = referenceKey().getEncoded();
        byte[] pkcs1 = pkcs1From(pkcs8);
        Path file = directory.resolve("rsa.pem");
        Files.writeString(file, pem("CERTIFICATE", TestTls.get().appCertificate().getEncoded()) + pem("RSA PRIVATE KEY", pkcs1));

        assertThat(loader.load(file, Optional.empty()).privateKey().getEncoded()).isEqualTo(pkcs8);
    }

    @Test
    void decryptsAnEncryptedPrivateKeyWithItsPassword() throws Exception {
        String algorithm = "PBEWithHmacSHA256AndAES_256";
        byte[] pkcs8 = referenceKey().getEncoded();
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(
                "pem-pass".toCharArray())), new PBEParameterSpec(new byte[16], 10000));
        byte[] encrypted = cipher.doFinal(pkcs8);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("PBES2");
        parameters.init(cipher.getParameters().getEncoded());
        Path file = directory.resolve("encrypted.pem");
        Files.writeString(file, pem("CERTIFICATE", TestTls.get().appCertificate().getEncoded())
                + pem("ENCRYPTED PRIVATE KEY", new EncryptedPrivateKeyInfo(parameters, encrypted).getEncoded()));

        assertThat(loader.load(file, Optional.of(new Secret("pem-pass"))).privateKey().getEncoded()).isEqualTo(pkcs8);
        assertThatThrownBy(() -> loader.load(file, Optional.of(new Secret("wrong-pass"))))
                .isInstanceOf(CollectException.class).hasMessageNotContaining("wrong-pass");
    }

    @Test
    void aFileWithoutAKeyIsAClearError() throws Exception {
        Path file = directory.resolve("cert-only.pem");
        Files.writeString(file, pem("CERTIFICATE", TestTls.get().appCertificate().getEncoded()));

        assertThatThrownBy(() -> loader.load(file, Optional.empty())).isInstanceOf(CollectException.class)
                .hasMessageContaining("cert-only.pem");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** The RSAPrivateKey inside a PKCS#8 PrivateKeyInfo: the content of its OCTET STRING. */
    private static byte[] pkcs1From(byte[] pkcs8) {
        int index = 0;
        index = skipHeader(pkcs8, index);
        index = skipElement(pkcs8, index);
        index = skipElement(pkcs8, index);
        int contentStart = skipHeader(pkcs8, index);
        return java.util.Arrays.copyOfRange(pkcs8, contentStart, contentStart + length(pkcs8, index));
    }

    private static int skipHeader(byte[] der, int index) {
        int first = der[index + 1] & 0xff;
        return index + 2 + (first < 0x80 ? 0 : first & 0x7f);
    }

    private static int skipElement(byte[] der, int index) {
        return skipHeader(der, index) + length(der, index);
    }

    private static int length(byte[] der, int index) {
        int first = der[index + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[index + 2 + i] & 0xff);
        }
        return length;
    }
}
